import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../source/commands/exitCodes.js';
import { resolveCredentials } from '../../source/connection/credentialChain.js';
import type { Profile } from '../../source/profiles/profile.js';

const sk = 'SECRET-sk-value-0123456789';

function credentialsFile(text: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'malog-credentials-')), 'credentials');
	writeFileSync(path, text);
	return path;
}

const missingFile = join(tmpdir(), 'malog-no-such-dir', 'credentials');
const envAkSk = {
	HUAWEICLOUD_SDK_AK: 'ENVAK',
	HUAWEICLOUD_SDK_SK: sk,
	HUAWEICLOUD_SDK_CREDENTIALS_FILE: missingFile,
};

const savedProfile: Profile = {
	name: 'prod',
	region: 'cn-north-4',
	authKind: 'aksk',
	secretSource: 'profile',
	ak: 'PROFILEAK',
	sk: 'profile-sk',
};

describe('resolveCredentials', () => {
	it('prefers the profile over the environment', () => {
		const resolved = resolveCredentials(savedProfile, envAkSk);
		expect(resolved?.auth).toEqual({ kind: 'aksk', ak: 'PROFILEAK', sk: 'profile-sk' });
		expect(resolved?.source).toBe('profile "prod"');
	});

	it('reads HUAWEICLOUD_SDK_* with no profile, security token and project id included', () => {
		const resolved = resolveCredentials(undefined, {
			...envAkSk,
			HUAWEICLOUD_SDK_SECURITY_TOKEN: 'sts-token',
			HUAWEICLOUD_SDK_PROJECT_ID: 'p123',
		});
		expect(resolved?.auth).toEqual({
			kind: 'temporary',
			ak: 'ENVAK',
			sk,
			securityToken: 'sts-token',
		});
		expect(resolved?.projectId).toBe('p123');
		expect(resolved?.source).toBe('HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN');
	});

	it('refuses half a key pair, naming the missing variable and not the value', () => {
		const attempt = () => resolveCredentials(undefined, { HUAWEICLOUD_SDK_SK: sk });
		expect(attempt).toThrow(UsageError);
		expect(attempt).toThrow(/HUAWEICLOUD_SDK_AK is not/);
		expect(() => attempt()).not.toThrow(new RegExp(sk));
	});

	it('falls back to MALOG_AUTH_TOKEN, then to the [basic] section of the credentials file', () => {
		const path = credentialsFile('[basic]\nak = FILEAK\nsk = file-sk\nproject_id = fp1\n');
		expect(
			resolveCredentials(undefined, {
				MALOG_AUTH_TOKEN: 'tok',
				HUAWEICLOUD_SDK_CREDENTIALS_FILE: path,
			})?.auth,
		).toEqual({ kind: 'token', token: 'tok' });

		const fromFile = resolveCredentials(undefined, { HUAWEICLOUD_SDK_CREDENTIALS_FILE: path });
		expect(fromFile?.auth).toEqual({ kind: 'aksk', ak: 'FILEAK', sk: 'file-sk' });
		expect(fromFile?.projectId).toBe('fp1');
		expect(fromFile?.source).toBe(`credentials file ${path} [basic]`);
	});

	it('ignores a file without [basic] keys and returns nothing when no source has credentials', () => {
		const path = credentialsFile('[global]\nak = G\nsk = g\n');
		expect(
			resolveCredentials(undefined, { HUAWEICLOUD_SDK_CREDENTIALS_FILE: path }),
		).toBeUndefined();
		expect(
			resolveCredentials(undefined, { HUAWEICLOUD_SDK_CREDENTIALS_FILE: missingFile }),
		).toBeUndefined();
	});

	it('uses the source a profile names, even when another source has credentials', () => {
		const path = credentialsFile('[basic]\nak = FILEAK\nsk = file-sk\n');
		const fromFile: Profile = {
			...savedProfile,
			secretSource: 'credentials-file',
			ak: undefined,
			sk: undefined,
		};
		const env = { ...envAkSk, HUAWEICLOUD_SDK_CREDENTIALS_FILE: path };
		expect(resolveCredentials(fromFile, env)?.auth).toMatchObject({ ak: 'FILEAK' });

		const fromEnv: Profile = { ...savedProfile, secretSource: 'env', ak: undefined, sk: undefined };
		expect(resolveCredentials(fromEnv, env)?.auth).toMatchObject({ ak: 'ENVAK' });
	});

	it('says which source is empty when a profile points at one', () => {
		const tokenFromEnv: Profile = { ...savedProfile, authKind: 'token', secretSource: 'env' };
		expect(() => resolveCredentials(tokenFromEnv, {})).toThrow(
			/profile "prod" reads its credentials from MALOG_AUTH_TOKEN/,
		);

		const noSk: Profile = { ...savedProfile, sk: undefined };
		expect(() => resolveCredentials(noSk, {})).toThrow(/profile "prod" has no AK\/SK saved/);
		// The way out it names must exist: `profile add --force` or the picker's e key.
		expect(() => resolveCredentials(noSk, {})).toThrow(/malog profile add prod --force/);
		expect(() => resolveCredentials(noSk, {})).not.toThrow(/profile edit/);
	});

	it('builds temporary and token credentials from a profile', () => {
		const temporary: Profile = { ...savedProfile, authKind: 'temporary', securityToken: 'st' };
		expect(resolveCredentials(temporary, {})?.auth).toEqual({
			kind: 'temporary',
			ak: 'PROFILEAK',
			sk: 'profile-sk',
			securityToken: 'st',
		});

		const token: Profile = { ...savedProfile, authKind: 'token', token: 'iam-token' };
		expect(resolveCredentials(token, {})?.auth).toEqual({ kind: 'token', token: 'iam-token' });
	});
});
