// The harness itself, on plain shell commands: if these fail, no end-to-end result means much.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withExitProbe } from './malogProcess.js';
import { Terminal } from './terminal.js';
import { expectTerminalRestored, readExitReport } from './terminalRestored.js';

let terminal: Terminal | undefined;

afterEach(async () => {
	await terminal?.close();
	terminal = undefined;
});

describe('the terminal harness', () => {
	it('runs the command at the asked size with the explicit environment', async () => {
		terminal = await Terminal.start({
			command: 'stty size; echo "term=$TERM lang=$LANG cfg=$MALOG_CONFIG_DIR"; read _',
			cols: 100,
			rows: 30,
		});

		const screen = await terminal.waitForText('term=');

		expect(screen).toContain('30 100');
		expect(screen).toContain(`term=xterm-256color lang=C.UTF-8 cfg=${terminal.configDir}`);
	});

	it('records the raw bytes from the very first one', async () => {
		terminal = await Terminal.start({
			command: "printf '\\033[1mbold\\033[0m\\n'; read _",
			isRecording: true,
		});
		await terminal.waitForText('bold');

		const deadline = Date.now() + 5000;
		let bytes = await terminal.rawOutput();
		while (!bytes.includes('bold') && Date.now() < deadline) bytes = await terminal.rawOutput();

		expect(bytes.toString('latin1')).toContain('\x1b[1mbold\x1b[0m');
	});

	it('sends keys, sees the screen change, and reads the alternate-screen and cursor state', async () => {
		terminal = await Terminal.start({
			command: 'printf \'\\033[?1049h\\033[?25l\'; read line; echo "got:$line"; read _',
		});
		await terminal.type('hello');
		await terminal.press('Enter');

		await terminal.waitForText('got:hello');

		expect(await terminal.state()).toMatchObject({
			isAlternateScreen: true,
			isCursorVisible: false,
		});
	});

	it('follows a resize and reports an exit status', async () => {
		terminal = await Terminal.start({ command: 'read _; stty size; read _; exit 3' });
		await terminal.resize(70, 20);
		await terminal.press('Enter');

		await terminal.waitForText('20 70');
		await terminal.press('Enter');

		expect(await terminal.waitForExit()).toMatchObject({ isDead: true, exitStatus: 3 });
	});
});

describe('the exit probe', () => {
	it('passes a command that never touched the terminal', async () => {
		const reportPath = join(tmpdir(), `malog-probe-${process.pid}-clean`);
		terminal = await Terminal.start({ command: withExitProbe('true', reportPath) });

		const report = await readExitReport(terminal, reportPath);

		expect(report.exitStatus).toBe(0);
		await expectTerminalRestored(terminal, report);
	});

	it('catches a program that died in raw mode on the alternate screen', async () => {
		const reportPath = join(tmpdir(), `malog-probe-${process.pid}-broken`);
		const fixture = join(import.meta.dirname, 'fixtures/leaveTerminalBroken.mjs');
		terminal = await Terminal.start({
			command: withExitProbe(`node ${fixture}`, reportPath),
		});
		await terminal.waitForText('broken app running');
		// SIGKILL: Node itself puts the terminal modes back on SIGTERM, but not the screen.
		process.kill(await terminal.findProcess('leaveTerminalBroken'), 'SIGKILL');

		const report = await readExitReport(terminal, reportPath);

		expect(report.exitStatus).toBe(137);
		expect(report.sttyWords).toContain('-icanon');
		expect(report.sttyWords).toContain('-echo');
		expect(await terminal.state()).toMatchObject({
			isAlternateScreen: true,
			isCursorVisible: false,
		});
	});
});
