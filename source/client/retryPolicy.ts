// When to send an idempotent GET again, and how long to wait first: exponential backoff with
// full jitter, the server's Retry-After honoured up to a cap, and a bound on attempts and time.

export interface RetryPolicy {
	/** Attempts in total, the first included. */
	maxAttempts: number;
	/** Give up retrying once this much time has passed since the first attempt. */
	maxTotalMs: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** The longest Retry-After we are willing to wait; longer ones end the retries. */
	maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
	maxAttempts: 3,
	maxTotalMs: 30_000,
	baseDelayMs: 300,
	maxDelayMs: 4_000,
	maxRetryAfterMs: 10_000,
};

export const noRetries: RetryPolicy = { ...defaultRetryPolicy, maxAttempts: 1 };

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
	if (value === null || value.trim() === '') return undefined;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);

	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/**
 * Milliseconds to wait before attempt number `attempt` (1 = the first retry), or undefined when
 * the policy says to stop.
 */
export function retryDelay(
	policy: RetryPolicy,
	attempt: number,
	elapsedMs: number,
	retryAfterMs?: number,
	random: () => number = Math.random,
): number | undefined {
	if (attempt >= policy.maxAttempts) return undefined;
	if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) return undefined;

	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	const jittered = Math.round(ceiling * (0.5 + random() / 2));
	const delay = retryAfterMs ?? jittered;
	if (elapsedMs + delay > policy.maxTotalMs) return undefined;
	return delay;
}
