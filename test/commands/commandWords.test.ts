// The words of the command line itself, on the built dist/cli.js: unknown commands, `help`, and
// help text piped into a reader that stops early.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');

function malog(args: string[], shellTail = '') {
	const command = `${process.execPath} ${cli} ${args.join(' ')} ${shellTail}`;
	return spawnSync('sh', ['-c', command], { encoding: 'utf8', cwd: root });
}

beforeAll(() => {
	if (!existsSync(cli)) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')]);
});

describe('the command line', () => {
	it('names an unknown command and exits 2', () => {
		const result = malog(['frobnicate']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('malog: unknown command "frobnicate": see malog --help\n');
	});

	it('reads `help logs` as `logs --help`', () => {
		const result = malog(['help', 'logs']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Usage: malog logs \[options\] <service>/);
	});

	it('stops quietly when help is piped into a reader that closes early', () => {
		const result = malog(['--help'], '| head -c 5');
		expect(result.stdout).toBe('Usage');
		expect(result.stderr).toBe('');
	});
});
