import { describe, expect, it } from 'vitest';
import { ServerError, ThrottledError } from '../../source/client/clientErrors.js';
import { backoffDelayMs, maxBackoffMs, retryAfterMsOf } from '../../source/live/refreshBackoff.js';
import {
	chooseRefreshDelayMs,
	isDeployUnderWay,
	refreshIntervals,
} from '../../source/live/refreshSchedule.js';
import { entry, t0, updateLog } from './updateLogFixtures.js';

const idle = updateLog(entry(t0 + 60_000, 'SUCCESS'), entry(t0, 'FAIL'));
const deploying = updateLog(entry(t0 + 60_000, 'RUNNING'), entry(t0, 'SUCCESS'));

describe('chooseRefreshDelayMs', () => {
	it('refreshes every 5 s while an update is RUNNING and every 30 s otherwise', () => {
		expect(refreshIntervals).toEqual({ liveSeconds: 5, idleSeconds: 30 });
		expect(chooseRefreshDelayMs({ response: deploying })).toBe(5_000);
		expect(chooseRefreshDelayMs({ response: idle })).toBe(30_000);
	});

	it('uses the live pace when the service says it is deploying', () => {
		expect(isDeployUnderWay(idle, 'deploying')).toBe(true);
		expect(chooseRefreshDelayMs({ response: idle, serviceStatus: 'deploying' })).toBe(5_000);
		expect(chooseRefreshDelayMs({ response: idle, serviceStatus: 'running' })).toBe(30_000);
	});

	it('takes --interval for the live pace and never idles faster than it', () => {
		expect(chooseRefreshDelayMs({ response: deploying, liveIntervalSeconds: 2 })).toBe(2_000);
		expect(chooseRefreshDelayMs({ response: idle, liveIntervalSeconds: 2 })).toBe(30_000);
		expect(chooseRefreshDelayMs({ response: idle, liveIntervalSeconds: 60 })).toBe(60_000);
		expect(chooseRefreshDelayMs({ response: idle, idleIntervalSeconds: 10 })).toBe(10_000);
	});

	it('treats a log not loaded yet as idle', () => {
		expect(chooseRefreshDelayMs({})).toBe(30_000);
	});
});

describe('backoffDelayMs', () => {
	const base = { baseDelayMs: 5_000 };

	it('doubles with each failure, jittered between half and all of the ceiling', () => {
		expect(backoffDelayMs({ ...base, failureCount: 1, random: () => 0 })).toBe(5_000);
		expect(backoffDelayMs({ ...base, failureCount: 1, random: () => 1 })).toBe(10_000);
		expect(backoffDelayMs({ ...base, failureCount: 3, random: () => 0.5 })).toBe(30_000);
	});

	it('never waits longer than five minutes', () => {
		expect(maxBackoffMs).toBe(300_000);
		expect(backoffDelayMs({ ...base, failureCount: 20, random: () => 1 })).toBe(300_000);
		expect(backoffDelayMs({ ...base, failureCount: 20, random: () => 0 })).toBe(150_000);
	});

	it('waits at least as long as Retry-After asks, up to the same cap', () => {
		const retry = { ...base, failureCount: 1, random: () => 0 };
		expect(backoffDelayMs({ ...retry, retryAfterMs: 42_000 })).toBe(42_000);
		expect(backoffDelayMs({ ...retry, retryAfterMs: 1_000 })).toBe(5_000);
		expect(backoffDelayMs({ ...retry, retryAfterMs: 3_600_000 })).toBe(300_000);
	});
});

describe('retryAfterMsOf', () => {
	it('reads the Retry-After a client error carries', () => {
		const throttled = new ThrottledError('throttled', { status: 429, retryAfterMs: 7_000 });
		expect(retryAfterMsOf(throttled)).toBe(7_000);
		expect(retryAfterMsOf(new ThrottledError('throttled', { status: 429 }))).toBeUndefined();
		expect(retryAfterMsOf(new ServerError('down', { status: 503 }))).toBeUndefined();
		expect(retryAfterMsOf(new Error('boom'))).toBeUndefined();
		expect(retryAfterMsOf({ retryAfterMs: 7_000 })).toBeUndefined();
	});
});
