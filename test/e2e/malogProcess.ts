// How the end-to-end tests start the built app, and the shell around it that reports, after the
// app has ended, what state it left the terminal in.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shellQuote } from './shellQuote.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const cliPath = join(repoRoot, 'dist/cli.js');

/** The tests run the bundle, as a user would; `npm test` builds it first. */
export function assertBuilt(): void {
	if (!existsSync(cliPath) || statSync(cliPath).size === 0) {
		throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
	}
}

export function malogCommand(args: string[], nodeOptions: string[] = []): string {
	return ['node', ...nodeOptions, cliPath, ...args].map(shellQuote).join(' ');
}

export const probePrompt = 'probe> ';
/** Printed before the app starts: seeing it again after the app proves the main screen is back. */
export const shellBanner = 'the shell before malog';

/**
 * Runs `command`, then records the exit status and `stty -a`, then reads one line the test
 * types, echoing it back: a terminal left in raw mode or without echo shows at once. The shell
 * keeps going when the app dies of a signal (the traps are handlers, so the app does not
 * inherit them as ignored).
 */
export function withExitProbe(command: string, reportPath: string): string {
	const report = shellQuote(reportPath);
	return [
		'trap : INT TERM HUP',
		`echo ${shellQuote(shellBanner)}`,
		command,
		`echo "exit=$?" > ${report}`,
		`stty -a >> ${report}`,
		`printf '%s' ${shellQuote(probePrompt)}`,
		'read line',
		'echo "probe got [$line]"',
		'read _',
	].join('; ');
}
