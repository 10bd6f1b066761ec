import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../source/live/durationText.js';
import {
	combineAnnouncements,
	describeFinish,
	describeFinishes,
	describeRefreshStatus,
} from '../../source/live/refreshStatus.js';
import { entry, t0 } from './updateLogFixtures.js';

describe('describeRefreshStatus', () => {
	const now = t0 + 10_000;

	it('says when the next refresh is and how old the data is', () => {
		const status = { isPaused: false, isLoading: false, lastSuccessAt: now - 2_000 };
		expect(describeRefreshStatus({ ...status, nextRefreshAt: now + 4_000 }, now)).toBe(
			'live, next in 4s, data 2s old',
		);
	});

	it('says file, not live, for a saved response read again', () => {
		const status = { source: 'file' as const, isPaused: false, isLoading: false };
		expect(describeRefreshStatus({ ...status, nextRefreshAt: now + 4_000 }, now)).toBe(
			'file, next in 4s',
		);
	});

	it('says paused and keeps the age', () => {
		const status = { isPaused: true, isLoading: false, lastSuccessAt: now - 190_000 };
		expect(describeRefreshStatus(status, now)).toBe('paused, data 3m 10s old');
		expect(describeRefreshStatus({ isPaused: true, isLoading: true }, now)).toBe('paused');
	});

	it('says what failed, when, and when the next try is', () => {
		const at = new Date(2026, 0, 5, 12, 3, 4).getTime();
		const error = { message: 'ModelArts answered 503', at };
		const status = { isPaused: false, isLoading: false, error, nextRefreshAt: at + 20_000 };
		expect(describeRefreshStatus(status, at)).toBe(
			'refresh failed 12:03:04: ModelArts answered 503 — retrying in 20s',
		);
	});
});

describe('describeFinish', () => {
	it('names the update, its result and how long it took', () => {
		const startedAt = new Date(2026, 0, 5, 12, 1, 2).getTime();
		const change = {
			updateTime: startedAt,
			from: 'RUNNING',
			to: 'FAIL',
			entry: entry(startedAt, 'FAIL'),
			seenAt: startedAt + 192_000,
		};
		expect(describeFinish(change)).toBe('update of 12:01:02 finished: FAIL after 3m 12s');
	});
});

describe('describeFinishes', () => {
	it('also names updates that started and ended between two refreshes', () => {
		const startedAt = new Date(2026, 0, 5, 12, 4, 0).getTime();
		const seenAt = startedAt + 25_000;
		const changes = {
			newEntries: [entry(startedAt, 'SUCCESS'), entry(startedAt + 1_000, 'RUNNING')],
			resultChanges: [],
		};
		expect(describeFinishes(changes, seenAt)).toBe(
			'update of 12:04:00 finished: SUCCESS within 25s',
		);
	});

	it('says nothing when no update ended', () => {
		const changes = { newEntries: [entry(t0, 'RUNNING')], resultChanges: [] };
		expect(describeFinishes(changes, t0 + 1_000)).toBeUndefined();
	});
});

describe('formatDuration', () => {
	it('keeps durations short', () => {
		expect(formatDuration(4_400)).toBe('4s');
		expect(formatDuration(125_000)).toBe('2m 05s');
		expect(formatDuration(3_720_000)).toBe('1h 02m');
		expect(formatDuration(-5)).toBe('0s');
	});
});

describe('combineAnnouncements', () => {
	const failed = { text: 'update of 12:00:00 finished: FAIL after 2m 10s', at: t0 };

	it('keeps a failure on screen, first, when a success follows within a minute', () => {
		const next = combineAnnouncements(failed, 'update of 12:03:00 finished: SUCCESS', t0 + 30_000);
		expect(next.text).toBe(
			'update of 12:00:00 finished: FAIL after 2m 10s · update of 12:03:00 finished: SUCCESS',
		);
		expect(next.at).toBe(t0 + 30_000);
	});

	it('replaces an announcement that has had its minute', () => {
		const next = combineAnnouncements(failed, 'later: SUCCESS', t0 + 61_000);
		expect(next.text).toBe('later: SUCCESS');
	});
});
