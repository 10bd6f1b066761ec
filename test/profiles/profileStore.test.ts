import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import type { Profile } from '../../source/profiles/profile.js';
import { ProfileInputError } from '../../source/profiles/profileErrors.js';
import { makeTempConfigDir } from './tempConfigDir.js';

const secretKey = 'SK-very-secret-0123456789abcdefXYZW';

function akskProfile(name: string, overrides: Partial<Profile> = {}): Profile {
	return {
		name,
		region: 'cn-north-4',
		authKind: 'aksk',
		secretSource: 'profile',
		ak: 'AKEXAMPLE0000001',
		sk: secretKey,
		...overrides,
	};
}

describe('openProfileStore', () => {
	it('saves, lists and reads profiles from profiles.json in the given folder', () => {
		const configDir = makeTempConfigDir();
		const store = openProfileStore({ configDir });
		store.save(akskProfile('prod', { projectId: '0123456789abcdef0123456789abcdef' }));
		store.save(akskProfile('dev'));

		expect(store.path).toBe(join(configDir, 'profiles.json'));
		expect(store.list().map((profile) => profile.name)).toEqual(['dev', 'prod']);
		expect(store.get('prod')?.projectId).toBe('0123456789abcdef0123456789abcdef');
		expect(store.get('missing')).toBeUndefined();
		expect(store.notice).toBeUndefined();
	});

	it('follows MALOG_CONFIG_DIR when no folder is given', () => {
		const configDir = makeTempConfigDir();
		const previous = process.env.MALOG_CONFIG_DIR;
		process.env.MALOG_CONFIG_DIR = configDir;
		try {
			expect(openProfileStore().path).toBe(join(configDir, 'profiles.json'));
		} finally {
			if (previous === undefined) delete process.env.MALOG_CONFIG_DIR;
			else process.env.MALOG_CONFIG_DIR = previous;
		}
	});

	it('writes the file readable by its owner only', () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		store.save(akskProfile('prod'));
		expect(statSync(store.path).mode & 0o777).toBe(0o600);
	});

	it('keeps dots in names as plain characters', () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		store.save(akskProfile('team.prod'));
		expect(store.get('team.prod')?.region).toBe('cn-north-4');
		expect(Object.keys(JSON.parse(readFileSync(store.path, 'utf8')).profiles)).toEqual([
			'team.prod',
		]);
	});

	it('makes the first profile the default, and leaves none when the default is removed', () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		store.save(akskProfile('b'));
		store.save(akskProfile('a'));
		expect(store.defaultName()).toBe('b');

		store.setDefault('a');
		expect(store.defaultName()).toBe('a');
		store.remove('a');
		expect(store.defaultName()).toBeUndefined();
		expect(store.list().map((profile) => profile.name)).toEqual(['b']);
	});

	it('renames with replace and keeps the default on the renamed profile', () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		store.save(akskProfile('old'));
		store.save(akskProfile('other'));
		store.replace('old', akskProfile('new', { region: 'cn-east-3' }));

		expect(store.list().map((profile) => profile.name)).toEqual(['new', 'other']);
		expect(store.defaultName()).toBe('new');
	});

	it('keeps no secrets for a profile that reads them from the environment', () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		store.save(akskProfile('env', { secretSource: 'env' }));
		expect(readFileSync(store.path, 'utf8')).not.toContain(secretKey);
		expect(store.get('env')?.sk).toBeUndefined();
	});

	it('rejects invalid input with a one-line error', () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		const badProject = () => store.save(akskProfile('p', { projectId: 'abc' }));
		expect(badProject).toThrow(ProfileInputError);
		expect(badProject).toThrow(/32 hexadecimal/);
		expect(() => store.save(akskProfile('p', { endpoint: 'ftp://x' }))).toThrow(/http\(s\) URL/);
		expect(() => store.save(akskProfile('p', { sk: undefined }))).toThrow(/secret key/);
		expect(() => store.remove('ghost')).toThrow(/no profile named "ghost"/);
		expect(() => store.setDefault('ghost')).toThrow(ProfileInputError);
	});

	it('lists nothing in a fresh folder and creates no bad-file copies', () => {
		const configDir = makeTempConfigDir();
		expect(openProfileStore({ configDir }).list()).toEqual([]);
		expect(readdirSync(configDir).filter((file) => file.includes('.bad-'))).toEqual([]);
	});

	it('accepts a file written by a second store instance', () => {
		const configDir = makeTempConfigDir();
		const first = openProfileStore({ configDir });
		const second = openProfileStore({ configDir });
		first.save(akskProfile('one'));
		second.save(akskProfile('two'));
		first.save(akskProfile('three'));

		expect(second.list().map((profile) => profile.name)).toEqual(['one', 'three', 'two']);
	});

	it('writes a schema version so migrations do not run again', () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		store.save(akskProfile('x'));
		const file = JSON.parse(readFileSync(store.path, 'utf8'));
		expect(file.__internal__.migrations.version).toBe('2.0.0');
	});
});
