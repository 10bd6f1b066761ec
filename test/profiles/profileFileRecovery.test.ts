import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import { ProfileStoreError } from '../../source/profiles/profileErrors.js';
import { makeTempConfigDir } from './tempConfigDir.js';

const secretKey = 'SK-do-not-print-me-0123456789';

function badCopies(configDir: string): string[] {
	return readdirSync(configDir).filter((file) => file.startsWith('profiles.json.bad-'));
}

describe('a profile file malog cannot use', () => {
	it('sets corrupted JSON aside with a timestamp and says so in one line without its text', () => {
		const configDir = makeTempConfigDir();
		const broken = `{"profiles": {"prod": {"region": "cn-north-4", "sk": "${secretKey}"`;
		writeFileSync(join(configDir, 'profiles.json'), broken);

		const store = openProfileStore({ configDir });

		const [aside] = badCopies(configDir);
		expect(aside).toMatch(/^profiles\.json\.bad-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
		expect(readFileSync(join(configDir, aside ?? ''), 'utf8')).toBe(broken);
		expect(store.notice).toContain(join(configDir, 'profiles.json'));
		expect(store.notice).toContain('is not valid JSON');
		expect(store.notice).toContain(aside);
		expect(store.notice).not.toContain('\n');
		expect(store.notice).not.toContain(secretKey);
		expect(store.list()).toEqual([]);
	});

	it('sets aside a file that fails the schema and names the failing field', () => {
		const configDir = makeTempConfigDir();
		const content = JSON.stringify({
			profiles: { prod: { region: 42, authKind: 'aksk', secretSource: 'env' } },
			__internal__: { migrations: { version: '2.0.0' } },
		});
		writeFileSync(join(configDir, 'profiles.json'), content);

		const store = openProfileStore({ configDir });

		expect(store.notice).toMatch(/does not match the profile schema \(`profiles\/prod\/region`/);
		const [aside] = badCopies(configDir);
		expect(readFileSync(join(configDir, aside ?? ''), 'utf8')).toBe(content);
	});

	it('sets aside a file that holds JSON but not an object', () => {
		const configDir = makeTempConfigDir();
		writeFileSync(join(configDir, 'profiles.json'), '[1, 2]');
		expect(openProfileStore({ configDir }).notice).toContain('does not hold a JSON object');
		expect(badCopies(configDir)).toHaveLength(1);
	});

	it('refuses an unreadable file with a clear error and leaves it where it is', () => {
		const configDir = makeTempConfigDir();
		// A folder in the file's place is unreadable as a file, for root too.
		mkdirSync(join(configDir, 'profiles.json'));

		const open = () => openProfileStore({ configDir });
		expect(open).toThrow(ProfileStoreError);
		expect(open).toThrow(`cannot read the profile file ${join(configDir, 'profiles.json')}`);
		expect(badCopies(configDir)).toEqual([]);
	});
});

describe('migrations', () => {
	it('brings a schema 1 file (project, accessKey, secretKey, current) up to schema 2', () => {
		const configDir = makeTempConfigDir();
		const schemaOne = {
			profiles: {
				prod: {
					region: 'cn-north-4',
					project: '0123456789abcdef0123456789abcdef',
					accessKey: 'AKOLD000000000001',
					secretKey,
				},
				'team.dev': { region: 'cn-east-3' },
			},
			current: 'prod',
		};
		writeFileSync(join(configDir, 'profiles.json'), JSON.stringify(schemaOne));

		const store = openProfileStore({ configDir });

		expect(store.notice).toBeUndefined();
		expect(store.get('prod')).toEqual({
			name: 'prod',
			region: 'cn-north-4',
			projectId: '0123456789abcdef0123456789abcdef',
			authKind: 'aksk',
			secretSource: 'profile',
			ak: 'AKOLD000000000001',
			sk: secretKey,
		});
		expect(store.get('team.dev')).toEqual({
			name: 'team.dev',
			region: 'cn-east-3',
			authKind: 'aksk',
			secretSource: 'env',
		});
		expect(store.defaultName()).toBe('prod');
		const file = JSON.parse(readFileSync(store.path, 'utf8'));
		expect(file.current).toBeUndefined();
		expect(file.__internal__.migrations.version).toBe('2.0.0');
	});

	it('leaves a current file untouched', () => {
		const configDir = makeTempConfigDir();
		const current = {
			profiles: {
				t: { region: 'cn-north-4', authKind: 'token', secretSource: 'profile', token: 'x' },
			},
			defaultProfile: 't',
			__internal__: { migrations: { version: '2.0.0' } },
		};
		writeFileSync(join(configDir, 'profiles.json'), JSON.stringify(current));

		const store = openProfileStore({ configDir });

		expect(store.get('t')?.authKind).toBe('token');
		expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual(current);
	});
});
