// Every way out of the app gives the terminal back as the shell left it: cooked mode, echo,
// the cursor shown, the main screen restored, nothing of the app left running or drawing.
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, malogCommand, withExitProbe } from './malogProcess.js';
import { defaultTimeoutMs, pause, Terminal, testTimeoutMs } from './terminal.js';
import { expectTerminalRestored, readExitReport } from './terminalRestored.js';

const failOnSignal = join(import.meta.dirname, 'fixtures/failOnSignal.mjs');

let terminal: Terminal | undefined;

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

beforeAll(assertBuilt);

afterEach(async () => {
	await terminal?.close();
	terminal = undefined;
});

/** The app on a deploying service's log: live refresh timers running, the worst time to die. */
async function startOnLiveLog(env: Record<string, string> = {}) {
	const app = malogCommand(['--demo', '--service', 'service-demo'], ['--import', failOnSignal]);
	terminal = await Terminal.start({
		command: (folder) => withExitProbe(app, join(folder, 'exit-report')),
		env,
	});
	await terminal.waitForText('RUNNING');
	return { terminal, reportPath: join(terminal.folder, 'exit-report') };
}

async function expectCleanExit(reportPath: string, exitStatuses: number[]) {
	if (!terminal) throw new Error('no terminal');
	const report = await readExitReport(terminal, reportPath);

	expect(exitStatuses).toContain(report.exitStatus);
	await expectTerminalRestored(terminal, report);
	expect(await terminal.processes('dist/cli.js')).toEqual([]);
	return report;
}

describe('the terminal after malog ends', { timeout: testTimeoutMs }, () => {
	it('is restored after q', async () => {
		const { terminal, reportPath } = await startOnLiveLog();
		await terminal.press('q');

		await expectCleanExit(reportPath, [0]);
	});

	it('is restored after Ctrl-C', async () => {
		const { terminal, reportPath } = await startOnLiveLog();
		await terminal.press('C-c');

		await expectCleanExit(reportPath, [0, 130]);
	});

	it('is restored after SIGTERM', async () => {
		const { terminal, reportPath } = await startOnLiveLog();
		process.kill(await terminal.findProcess('dist/cli.js'), 'SIGTERM');

		await expectCleanExit(reportPath, [143]);
	});

	it('is restored after SIGHUP (the SSH connection dropped)', async () => {
		const { terminal, reportPath } = await startOnLiveLog();
		process.kill(await terminal.findProcess('dist/cli.js'), 'SIGHUP');

		await expectCleanExit(reportPath, [129]);
	});

	it('is restored after an uncaught error, which is reported in one line', async () => {
		const { terminal, reportPath } = await startOnLiveLog();
		process.kill(await terminal.findProcess('dist/cli.js'), 'SIGUSR2');

		await expectCleanExit(reportPath, [1]);
		const screen = await terminal.screen();
		expect(screen).toContain('malog: provoked by the end-to-end test');
		expect(screen).not.toMatch(/^\s+at /m);
	});

	it('ends when its terminal goes away (the tmux server or the SSH session closed)', async () => {
		const { terminal: gone } = await startOnLiveLog();
		const pid = await gone.findProcess('dist/cli.js');
		await gone.close();
		terminal = undefined;

		const deadline = Date.now() + defaultTimeoutMs;
		while (isRunning(pid) && Date.now() < deadline) await pause(100);
		const isLeftRunning = isRunning(pid);
		if (isLeftRunning) process.kill(pid, 'SIGKILL');

		expect(isLeftRunning).toBe(false);
	});

	it('is restored after an unhandled promise rejection', async () => {
		const { terminal, reportPath } = await startOnLiveLog({ E2E_FAILURE: 'rejection' });
		process.kill(await terminal.findProcess('dist/cli.js'), 'SIGUSR2');

		await expectCleanExit(reportPath, [1]);
		expect(await terminal.screen()).toContain('malog: provoked by the end-to-end test');
	});
});
