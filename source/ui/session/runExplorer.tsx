// One interactive session: the alternate screen, the guards that give the terminal back on
// every way out, and the Ink instance. explore.ts decides what to open; this runs it.
import { render } from 'ink';
import type { ReactNode } from 'react';
import { enterFullScreen, guardExits, signalExitCode } from '../../terminal/screen.js';

export interface RunExplorerOptions {
	stdout: NodeJS.WriteStream;
	/** Where the keys come from: stdin, or /dev/tty when stdin carried the data. */
	keyboard: NodeJS.ReadStream;
	/** Builds the app; it calls `quit` when the user asks to leave. */
	app(quit: () => void): ReactNode;
	/** Closes connections; runs after the terminal is restored. */
	cleanup(): Promise<void>;
	/** Prints a one-line error (after the terminal is restored). */
	reportError(error: unknown): void;
}

// A dropped terminal can make every write fail; the process must end all the same.
const hardExitMs = 1000;

export async function runExplorer(options: RunExplorerOptions): Promise<void> {
	const { stdout, keyboard } = options;
	const screen = enterFullScreen({ stdout, stdin: keyboard });
	let unmount = () => {};
	let isEnding = false;

	const endNow = (exitCode: number, error?: unknown) => {
		if (isEnding) return;
		isEnding = true;
		setTimeout(() => process.exit(exitCode), hardExitMs);
		attempt(unmount);
		attempt(() => screen.restore());
		if (error !== undefined) attempt(() => options.reportError(error));
		options
			.cleanup()
			.catch(() => {})
			.finally(() => process.exit(exitCode));
	};
	const removeGuards = guardExits({
		screen,
		onSignal: (signal) => endNow(signalExitCode(signal)),
		onFatal: (error) => endNow(1, error),
	});
	const onInterrupt = () => endNow(signalExitCode('SIGINT'));
	// The terminal went away without a SIGHUP reaching us (its file descriptor closed).
	const onTerminalGone = () => endNow(signalExitCode('SIGHUP'));
	process.on('SIGINT', onInterrupt);
	stdout.on('error', onTerminalGone);
	keyboard.on('end', onTerminalGone);
	keyboard.on('error', onTerminalGone);

	const instance = render(
		options.app(() => instance.unmount()),
		{
			stdout,
			stdin: keyboard,
			exitOnCtrlC: false,
			patchConsole: true,
			incrementalRendering: false,
		},
	);
	unmount = () => instance.unmount();

	try {
		await instance.waitUntilExit();
	} catch (error) {
		screen.restore();
		options.reportError(error);
	} finally {
		screen.restore();
		removeGuards();
		process.off('SIGINT', onInterrupt);
		stdout.off('error', onTerminalGone);
		keyboard.off('end', onTerminalGone);
		keyboard.off('error', onTerminalGone);
		if (keyboard !== process.stdin) keyboard.destroy();
		await options.cleanup();
	}
}

function attempt(step: () => void): void {
	try {
		step();
	} catch {
		// Ending anyway: a step that fails (the terminal is gone) must not stop the others.
	}
}
