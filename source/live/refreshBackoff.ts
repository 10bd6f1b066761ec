// The wait before retrying after failed refreshes: doubling from the normal interval, with
// jitter so that many open windows do not retry in step, never longer than five minutes, and
// never shorter than what the server asked for with Retry-After (up to the same cap).
import { ThrottledError } from '../client/clientErrors.js';

export const maxBackoffMs = 5 * 60 * 1000;

export interface BackoffInput {
	/** Failures in a row, 1 for the first. */
	failureCount: number;
	/** The delay a refresh would have had without the failure. */
	baseDelayMs: number;
	/** What the server asked for with Retry-After, when it did. */
	retryAfterMs?: number;
	/** 0..1; tests pass a fixed one. */
	random?: () => number;
}

export function backoffDelayMs(input: BackoffInput): number {
	const random = input.random ?? Math.random;
	const ceiling = Math.min(maxBackoffMs, input.baseDelayMs * 2 ** input.failureCount);

	// Equal jitter: at least half the ceiling, so the wait still grows with each failure.
	const jittered = ceiling / 2 + (random() * ceiling) / 2;
	const honoured = Math.max(jittered, input.retryAfterMs ?? 0);

	return Math.round(Math.min(maxBackoffMs, honoured));
}

/** The Retry-After a throttled request carried, in milliseconds (the client reads the header). */
export function retryAfterMsOf(error: unknown): number | undefined {
	if (!(error instanceof ThrottledError)) return undefined;

	const milliseconds = error.retryAfterMs;
	return milliseconds !== undefined && Number.isFinite(milliseconds) && milliseconds >= 0
		? milliseconds
		: undefined;
}
