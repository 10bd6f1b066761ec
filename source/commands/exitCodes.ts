// Exit codes every command shares, and the one place a failure becomes a line on stderr.

export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

/** An error whose message is already a complete, user-facing sentence. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Prints one line, never a stack trace (set MALOG_DEBUG=1 for that), and sets the exit code. */
export function reportFatal(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`malog: ${message.split('\n')[0]}\n`);
	if (process.env.MALOG_DEBUG && error instanceof Error && error.stack) {
		process.stderr.write(`${error.stack}\n`);
	}
	process.exitCode = error instanceof UsageError ? exitCodes.usage : exitCodes.failure;
}
