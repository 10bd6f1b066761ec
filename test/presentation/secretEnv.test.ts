import { describe, expect, it } from 'vitest';
import {
	isSecretEnvName,
	isSecretEnvValue,
	maskEnvValue,
	shouldMaskEnv,
} from '../../source/presentation/secretEnv.js';

describe('isSecretEnvName', () => {
	it.each([
		'PASSWORD',
		'DB_PASSWORD',
		'dbPassword',
		'db-passwd',
		'MYSQL_PWD',
		'API_KEY',
		'apiKey',
		'APIKey',
		'SECRET',
		'client.secret',
		'AWS_SECRET_ACCESS_KEY',
		'HF_TOKEN',
		'githubToken',
		'ACCESS_TOKEN',
		'CREDENTIALS',
		'GOOGLE_APPLICATION_CREDENTIALS',
		'HUAWEICLOUD_SDK_AK',
		'HUAWEICLOUD_SDK_SK',
		'ak',
		'AUTH',
		'OAUTH_CLIENT',
		'PRIVATE_KEY',
		'TLS_CERT',
		'SSL_CERTIFICATE',
		'DATABASE_DSN',
		'SECRETID',
		'ACCESSKEY',
		'PASSWORD_FILE',
	])('flags %s', (name) => {
		expect(isSecretEnvName(name)).toBe(true);
	});

	it.each([
		'KEYBOARD_LAYOUT',
		'TOKENIZERS_PARALLELISM',
		'PATH',
		'MODEL_NAME',
		'BATCH_SIZE',
		'OMP_NUM_THREADS',
		'CUDA_VISIBLE_DEVICES',
		'LANG',
		'SKIP_WARMUP',
		'TASK_ID',
		'PASSAGE_LIMIT',
	])('leaves %s alone', (name) => {
		expect(isSecretEnvName(name)).toBe(false);
	});
});

describe('isSecretEnvValue', () => {
	it('catches URLs with a password and private keys', () => {
		expect(isSecretEnvValue('postgres://app:hunter2@db:5432/x')).toBe(true);
		expect(isSecretEnvValue('-----BEGIN RSA PRIVATE KEY-----\nMII')).toBe(true);
		expect(isSecretEnvValue('https://obs.example.com/bucket')).toBe(false);
		expect(isSecretEnvValue(42)).toBe(false);
	});
});

describe('masking', () => {
	it('masks without leaking the length', () => {
		expect(maskEnvValue('a')).toBe(maskEnvValue('a much longer secret value'));
		expect(maskEnvValue('hunter2')).not.toContain('hunter2');
	});

	it('masks everything when asked to', () => {
		expect(shouldMaskEnv('BATCH_SIZE', '8')).toBe(false);
		expect(shouldMaskEnv('BATCH_SIZE', '8', true)).toBe(true);
		expect(shouldMaskEnv('DB_URL', 'mysql://u:p@h/d')).toBe(true);
	});
});
