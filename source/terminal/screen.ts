// The full-screen session of the interactive app: the alternate screen buffer and a hidden
// cursor while it runs, and the terminal given back exactly once on every way out (quit, Ctrl-C,
// SIGTERM, SIGHUP, an uncaught error). Ink 6 has no option for any of this.

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';
const clearAndHome = '\u001B[2J\u001B[H';

export interface ScreenStreams {
	stdout: NodeJS.WriteStream;
	/** The stream the keys come from (may be a /dev/tty stream opened for the app). */
	stdin?: NodeJS.ReadStream;
}

export interface FullScreen {
	/** Gives the terminal back; safe to call any number of times. */
	restore(): void;
	readonly isRestored: boolean;
}

export function enterFullScreen({ stdout, stdin }: ScreenStreams): FullScreen {
	let isRestored = false;
	stdout.write(enterAlternateScreen + hideCursor + clearAndHome);

	return {
		get isRestored() {
			return isRestored;
		},
		restore() {
			if (isRestored) return;
			isRestored = true;
			leaveRawMode(stdin);
			stdout.write(showCursor + leaveAlternateScreen);
		},
	};
}

function leaveRawMode(stdin: NodeJS.ReadStream | undefined): void {
	if (!stdin?.isTTY) return;
	try {
		stdin.setRawMode(false);
	} catch {
		// The terminal is already gone (SIGHUP): nothing left to give back.
	}
}

export interface ExitGuardOptions {
	screen: FullScreen;
	/** Called when a signal asks the app to end; it restores the screen once it has stopped. */
	onSignal(signal: NodeJS.Signals): void;
	/** Called when an error escaped everything else; it restores the screen as onSignal does. */
	onFatal(error: unknown): void;
}

/**
 * Restores the terminal before the process ends for any reason the app did not choose itself.
 * Returns a function that removes the guards (for a normal quit and for tests).
 */
export function guardExits({ screen, onSignal, onFatal }: ExitGuardOptions): () => void {
	// The app's own handler goes first: it must stop the renderer before the screen is given
	// back, or the renderer's last frame lands on the user's main screen. Restoring afterwards
	// only covers a handler that failed to.
	const handleSignal = (signal: NodeJS.Signals) => {
		try {
			onSignal(signal);
		} finally {
			screen.restore();
		}
	};
	const handleFatal = (error: unknown) => {
		try {
			onFatal(error);
		} finally {
			screen.restore();
		}
	};
	const handleExit = () => screen.restore();

	process.on('SIGTERM', handleSignal);
	process.on('SIGHUP', handleSignal);
	process.on('uncaughtException', handleFatal);
	process.on('unhandledRejection', handleFatal);
	process.on('exit', handleExit);

	return () => {
		process.off('SIGTERM', handleSignal);
		process.off('SIGHUP', handleSignal);
		process.off('uncaughtException', handleFatal);
		process.off('unhandledRejection', handleFatal);
		process.off('exit', handleExit);
	};
}

/** The exit status a shell expects after a signal: 128 + its number. */
export function signalExitCode(signal: NodeJS.Signals): number {
	const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
	return 128 + (numbers[signal] ?? 0);
}
