import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import { makeTempConfigDir } from './tempConfigDir.js';

const saver = join(import.meta.dirname, 'fixtures', 'saveManyProfiles.ts');
const savesEach = 60;

function startSaver(configDir: string, prefix: string): ChildProcess {
	const args = ['--import', 'tsx', saver, configDir, prefix, String(savesEach)];
	return spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
	let stderr = '';
	child.stderr?.on('data', (chunk) => {
		stderr += String(chunk);
	});
	return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

// Generous: on a busy machine starting two Node processes with tsx can take many seconds.
async function waitFor(condition: () => boolean, timeoutMs = 45_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('timed out waiting for the savers to start');
		await new Promise((resolve) => setImmediate(resolve));
	}
}

describe('two malog processes saving at once', () => {
	it('lose none of each other’s profiles', async () => {
		const configDir = makeTempConfigDir();
		const children = [startSaver(configDir, 'left'), startSaver(configDir, 'right')];
		const exits = children.map(exitOf);
		const isReady = (prefix: string) => existsSync(join(configDir, `ready-${prefix}`));
		const hasExited = () => children.some((child) => child.exitCode !== null);

		await waitFor(() => (isReady('left') && isReady('right')) || hasExited());
		writeFileSync(join(configDir, 'go'), '');
		const results = await Promise.all(exits);

		expect(results).toEqual([
			{ code: 0, stderr: '' },
			{ code: 0, stderr: '' },
		]);
		const names = openProfileStore({ configDir })
			.list()
			.map((profile) => profile.name);
		expect(names).toHaveLength(savesEach * 2);
	}, 90_000);
});
