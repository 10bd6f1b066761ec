import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../source/commands/exitCodes.js';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import { runProfileCommand } from './runProfileCommand.js';
import { makeTempConfigDir } from './tempConfigDir.js';

const plainSk = 'plainKooCliSecret0123456789PLAN';
const encryptedSk = 'ENCRYPTED:8f0a7c6b5d4e3f2a1b0c9d8e7f6a5b4c';
const sdkSk = 'sdkFileSecret0123456789abcdSDKS';
const projectId = '0123456789abcdef0123456789abcdef';

function writeHomeFile(home: string, relativePath: string, text: string): string {
	const path = join(home, relativePath);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
	return path;
}

function kooCliConfig(authEncrypt: string) {
	return JSON.stringify({
		current: 'koo-east',
		authEncrypt,
		profiles: [
			{
				name: 'koo-east',
				mode: 'AKSK',
				region: 'cn-east-3',
				projectId,
				accessKeyId: 'AKKOOCLI000000000001',
				secretAccessKey: authEncrypt === 'true' ? encryptedSk : plainSk,
			},
			{ name: 'koo-sso', mode: 'SSO', region: 'cn-north-4' },
			{ name: 'no-region', mode: 'AKSK' },
		],
	});
}

describe('malog profile import', () => {
	it('imports KooCLI profiles with plain keys when authEncrypt is "false"', async () => {
		const configDir = makeTempConfigDir();
		const home = makeTempConfigDir();
		writeHomeFile(home, '.hcloud/config.json', kooCliConfig('false'));

		const result = await runProfileCommand(['import', '--from', 'koocli'], {
			configDir,
			env: { HOME: home },
		});

		expect(result.error).toBeUndefined();
		expect(result.stdout).toBe('imported 2 profile(s): "koo-east", "koo-sso"\n');
		expect(result.stderr).toContain('note: KooCLI profile "koo-sso" uses SSO');
		expect(result.stderr).toContain('note: a KooCLI profile without a region was skipped');
		const store = openProfileStore({ configDir });
		expect(store.get('koo-east')).toMatchObject({
			region: 'cn-east-3',
			projectId,
			secretSource: 'profile',
			ak: 'AKKOOCLI000000000001',
			sk: plainSk,
		});
		expect(store.defaultName()).toBe('koo-east');
		expect(result.stdout + result.stderr).not.toContain(plainSk);
	});

	it('imports names, regions and project ids but no keys when authEncrypt is "true", and says so', async () => {
		const configDir = makeTempConfigDir();
		const home = makeTempConfigDir();
		writeHomeFile(home, '.hcloud/config.json', kooCliConfig('true'));

		const result = await runProfileCommand(['import', '--from', 'koocli'], {
			configDir,
			env: { HOME: home },
		});

		expect(result.stderr).toContain(
			'note: KooCLI profile "koo-east": its keys are encrypted (authEncrypt), so they were not imported',
		);
		expect(openProfileStore({ configDir }).get('koo-east')).toEqual({
			name: 'koo-east',
			region: 'cn-east-3',
			projectId,
			authKind: 'aksk',
			secretSource: 'env',
		});
		expect(result.stdout + result.stderr).not.toContain(encryptedSk);
	});

	it('imports the SDK credentials file as a profile that reads the file, not a copy of the keys', async () => {
		const configDir = makeTempConfigDir();
		const home = makeTempConfigDir();
		const ini = `[basic]\nak = AKSDKFILE00000000001\nsk = ${sdkSk}\nproject_id = ${projectId}\n`;
		const path = writeHomeFile(home, 'elsewhere/credentials', ini);

		const result = await runProfileCommand(['import', '--from', 'sdk', '--region', 'cn-north-4'], {
			configDir,
			env: { HOME: home, HUAWEICLOUD_SDK_CREDENTIALS_FILE: path },
		});

		expect(result.stdout).toBe('imported 1 profile(s): "huaweicloud-sdk"\n');
		expect(openProfileStore({ configDir }).get('huaweicloud-sdk')).toEqual({
			name: 'huaweicloud-sdk',
			region: 'cn-north-4',
			projectId,
			authKind: 'aksk',
			secretSource: 'credentials-file',
		});
	});

	it('needs a region for the SDK file, and says what is missing when importing everything', async () => {
		const configDir = makeTempConfigDir();
		const home = makeTempConfigDir();
		writeHomeFile(
			home,
			'.huaweicloud/credentials',
			`[basic]\nak = AKX0000000000001\nsk = ${sdkSk}\n`,
		);

		const sdkOnly = await runProfileCommand(['import', '--from', 'sdk'], {
			configDir,
			env: { HOME: home },
		});
		expect(sdkOnly.error).toBeInstanceOf(UsageError);
		expect(sdkOnly.error?.message).toMatch(/names no region: pass --region/);

		const everything = await runProfileCommand(['import'], { configDir, env: { HOME: home } });
		expect(everything.stderr).toContain('names no region: run again with --region');
		expect(everything.stderr).toContain(`there is no ${join(home, '.hcloud', 'config.json')}`);
		expect(everything.stdout).toBe('imported nothing\n');
	});

	it('keeps existing profiles unless --force', async () => {
		const configDir = makeTempConfigDir();
		const home = makeTempConfigDir();
		writeHomeFile(home, '.hcloud/config.json', kooCliConfig('false'));
		await runProfileCommand(['add', 'koo-east', '--region', 'cn-north-4', '--from-env'], {
			configDir,
		});

		const kept = await runProfileCommand(['import', '--from', 'koocli'], {
			configDir,
			env: { HOME: home },
		});
		expect(kept.stderr).toContain(
			'kept the existing profile "koo-east" (pass --force to replace it)',
		);
		expect(openProfileStore({ configDir }).get('koo-east')?.region).toBe('cn-north-4');

		await runProfileCommand(['import', '--from', 'koocli', '--force'], {
			configDir,
			env: { HOME: home },
		});
		expect(openProfileStore({ configDir }).get('koo-east')?.region).toBe('cn-east-3');
	});

	it('rejects a KooCLI file that is not JSON without quoting it', async () => {
		const configDir = makeTempConfigDir();
		const home = makeTempConfigDir();
		writeHomeFile(home, '.hcloud/config.json', `{"profiles": [{"secretAccessKey": "${plainSk}"`);
		const result = await runProfileCommand(['import', '--from', 'koocli'], {
			configDir,
			env: { HOME: home },
		});
		expect(result.error?.message).toBe(
			`${join(home, '.hcloud', 'config.json')} is not valid JSON; nothing imported from KooCLI`,
		);
	});
});
