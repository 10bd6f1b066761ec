// The checks every way out of the app must pass: the terminal is as the shell left it.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { probePrompt, shellBanner } from './malogProcess.js';
import type { Terminal } from './terminal.js';

export interface ExitReport {
	exitStatus: number;
	/** The words of `stty -a`, e.g. 'icanon' or '-echo'. */
	sttyWords: Set<string>;
}

export async function readExitReport(terminal: Terminal, reportPath: string): Promise<ExitReport> {
	// capture-pane drops trailing spaces, so the prompt is looked for without its own.
	await terminal.waitForText(probePrompt.trimEnd());
	const text = await readFile(reportPath, 'utf8');
	const exitStatus = Number(/exit=(\d+)/.exec(text)?.[1] ?? Number.NaN);
	return { exitStatus, sttyWords: new Set(text.split(/[\s;]+/)) };
}

/** Cooked mode, echo, the cursor shown, the main screen back, no mouse mode, keys echoed. */
export async function expectTerminalRestored(terminal: Terminal, report: ExitReport) {
	expect(report.sttyWords).toContain('icanon');
	expect(report.sttyWords).toContain('echo');
	expect(report.sttyWords).toContain('isig');
	expect(report.sttyWords).toContain('icrnl');

	const state = await terminal.state();
	expect(state).toMatchObject({
		isAlternateScreen: false,
		isCursorVisible: true,
		isMouseTracking: false,
	});

	expect(await terminal.screen()).toContain(shellBanner);

	await terminal.type('typed-after-exit');
	await terminal.press('Enter');
	const screen = await terminal.waitForText('probe got [typed-after-exit]');
	expect(screen).toContain(`${probePrompt}typed-after-exit`);
}
