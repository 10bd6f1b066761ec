// `malog logs SERVICE --watch` as a user runs it (the built dist/cli.js, AK/SK from the
// environment) against the built-in endpoint in live mode, on a clock the test holds still until
// the watch has printed the log, then runs fast.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const liveService = 'checkout-ranker-live';
const paceMs = 1000;
let clock = Date.now();
let demo: DemoEndpoint;

beforeAll(async () => {
	if (!existsSync(cli)) {
		await promisify(execFile)(process.execPath, [join(root, 'scripts', 'build.mjs')], {
			cwd: root,
		});
	}
	demo = await startDemoEndpoint({ paceSeconds: paceMs / 1000, now: () => clock });
});

afterAll(async () => {
	await demo?.close();
});

interface Run {
	child: ChildProcess;
	stdout: string;
	stderr: string;
	exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function malogWatch(args: string[]): Run {
	const home = mkdtempSync(join(tmpdir(), 'malog-home-'));
	const kept = Object.entries(process.env).filter(
		([name]) => !/^(HUAWEICLOUD_|MALOG_|HTTPS?_PROXY|NO_PROXY)/i.test(name),
	);
	const env = {
		...Object.fromEntries(kept),
		HOME: home,
		MALOG_CONFIG_DIR: join(home, 'config'),
		HUAWEICLOUD_SDK_AK: demo.credentials.ak,
		HUAWEICLOUD_SDK_SK: demo.credentials.sk,
	};
	const target = ['--endpoint', demo.url, '--project-id', demo.projectId];
	const child = spawn(process.execPath, [cli, 'logs', ...args, ...target], { env });
	const run: Run = {
		child,
		stdout: '',
		stderr: '',
		exit: Promise.resolve({ code: 0, signal: null }),
	};

	child.stdout?.on('data', (chunk) => {
		run.stdout += chunk;
	});
	child.stderr?.on('data', (chunk) => {
		run.stderr += chunk;
	});
	run.exit = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve({ code, signal })),
	);
	return run;
}

async function untilWatching(run: Run): Promise<void> {
	await vi.waitFor(() => expect(run.stderr).toContain('Ctrl-C stops'), {
		timeout: 30_000,
		interval: 50,
	});
}

/** Runs the endpoint's clock a pace step every 300 ms (a few a refresh) until `work` settles. */
async function whileTimePasses<T>(work: Promise<T>): Promise<T> {
	const stepper = setInterval(() => {
		clock += paceMs;
	}, 300);
	try {
		return await work;
	} finally {
		clearInterval(stepper);
	}
}

// Node on a bundle can take seconds to start on a loaded machine.
describe('malog logs --watch', { timeout: 60_000 }, () => {
	it('ends with --until-done when the update ends: exit 0 for SUCCESS, 1 for FAIL', async () => {
		const run = malogWatch([liveService, '--until-done', '--interval', '1']);
		await untilWatching(run);
		await vi.waitFor(() => expect(run.stdout).toMatch(/ RUNNING /), { interval: 20 });

		const { code } = await whileTimePasses(run.exit);
		expect(run.stdout).toMatch(/ RUNNING → (SUCCESS|FAIL) after \d+s\n/);

		const finished = run.stderr.match(/the newest update finished: (SUCCESS|FAIL)/)?.[1];
		expect(finished).toBeDefined();
		expect(code).toBe(finished === 'SUCCESS' ? 0 : 1);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});

	it('stops on Ctrl-C with exit code 0 and no stack trace', async () => {
		const run = malogWatch([liveService, '--watch', '--ndjson']);
		await untilWatching(run);

		run.child.kill('SIGINT');
		expect(await run.exit).toEqual({ code: 0, signal: null });
		const types = run.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line).type);
		expect(types.length).toBeGreaterThan(0);
		expect(new Set(types).has('entry')).toBe(true);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});
});
