import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../source/profiles/fileLock.js';
import { ProfileStoreError } from '../../source/profiles/profileErrors.js';
import { makeTempConfigDir } from './tempConfigDir.js';

describe('withFileLock', () => {
	it('runs the action and releases the lock, also when the action throws', () => {
		const lock = join(makeTempConfigDir(), 'profiles.json.lock');
		expect(withFileLock(lock, () => existsSync(lock))).toBe(true);
		expect(existsSync(lock)).toBe(false);
		expect(() =>
			withFileLock(lock, () => {
				throw new Error('boom');
			}),
		).toThrow('boom');
		expect(existsSync(lock)).toBe(false);
	});

	it('gives up on a lock another process holds, with a message naming it', () => {
		const lock = join(makeTempConfigDir(), 'profiles.json.lock');
		writeFileSync(lock, '12345');
		const attempt = () => withFileLock(lock, () => 'ran', { timeoutMs: 50, staleMs: 60_000 });
		expect(attempt).toThrow(ProfileStoreError);
		expect(attempt).toThrow(`another malog is saving profiles (lock ${lock})`);
	});

	it('takes over a lock left behind by a crash', () => {
		const lock = join(makeTempConfigDir(), 'profiles.json.lock');
		writeFileSync(lock, '12345');
		const longAgo = new Date(Date.now() - 60_000);
		utimesSync(lock, longAgo, longAgo);
		expect(withFileLock(lock, () => 'ran', { timeoutMs: 1_000, staleMs: 10_000 })).toBe('ran');
	});
});
