import { describe, expect, it } from 'vitest';
import { mergeUpdateLogs } from '../../source/live/mergeUpdateLog.js';
import { markedUpdateTimes, refreshNewEntryMarks } from '../../source/live/newEntryMarks.js';
import {
	findUpdateLogChanges,
	finishDurationMs,
	isFinish,
	newestEntry,
} from '../../source/live/updateLogChanges.js';
import { entry, t0, updateLog } from './updateLogFixtures.js';

const minute = 60_000;

describe('findUpdateLogChanges', () => {
	it('counts nothing as new on the first fetch', () => {
		const first = updateLog(entry(t0, 'RUNNING'));
		expect(findUpdateLogChanges(undefined, first, t0)).toEqual({
			newEntries: [],
			resultChanges: [],
		});
	});

	it('finds new entries and result changes by update_time, whatever the order', () => {
		const before = updateLog(entry(t0 + minute, 'RUNNING'), entry(t0, 'SUCCESS'));
		const after = updateLog(
			entry(t0, 'SUCCESS'),
			entry(t0 + 2 * minute, 'RUNNING'),
			entry(t0 + minute, 'FAIL'),
		);
		const seenAt = t0 + 5 * minute;
		const changes = findUpdateLogChanges(before, after, seenAt);

		expect(changes.newEntries.map((e) => e.update_time)).toEqual([t0 + 2 * minute]);
		expect(changes.resultChanges).toHaveLength(1);
		const [finish] = changes.resultChanges;
		expect(finish).toMatchObject({ updateTime: t0 + minute, from: 'RUNNING', to: 'FAIL' });
		expect(finish && isFinish(finish)).toBe(true);
		expect(finish && finishDurationMs(finish)).toBe(4 * minute);
	});

	it('does not call a change that does not start from RUNNING a finish', () => {
		const change = { updateTime: t0, from: 'SUCCESS', to: 'FAIL', entry: entry(t0, 'FAIL') };
		expect(isFinish({ ...change, seenAt: t0 })).toBe(false);
	});

	it('finds the newest update by time, not by position', () => {
		const log = updateLog(entry(t0, 'FAIL'), entry(t0 + minute, 'SUCCESS'));
		expect(newestEntry(log)?.update_time).toBe(t0 + minute);
		expect(newestEntry(updateLog())).toBeUndefined();
	});
});

describe('mergeUpdateLogs', () => {
	it('returns the old response itself when nothing changed', () => {
		const before = updateLog(entry(t0 + minute, 'SUCCESS'), entry(t0, 'FAIL'));
		const same = updateLog(entry(t0 + minute, 'SUCCESS'), entry(t0, 'FAIL'));
		expect(mergeUpdateLogs(before, same)).toBe(before);
	});

	it('keeps the objects of unchanged entries and takes the fresh ones', () => {
		const before = updateLog(entry(t0 + minute, 'RUNNING'), entry(t0, 'FAIL'));
		const after = updateLog(
			entry(t0 + 2 * minute, 'RUNNING'),
			entry(t0 + minute, 'SUCCESS'),
			entry(t0, 'FAIL'),
		);
		const merged = mergeUpdateLogs(before, after);

		expect(merged).not.toBe(before);
		expect(merged.logs.map((e) => [e.update_time, e.result])).toEqual([
			[t0 + 2 * minute, 'RUNNING'],
			[t0 + minute, 'SUCCESS'],
			[t0, 'FAIL'],
		]);
		expect(merged.logs[2]).toBe(before.logs[1]);
		expect(merged.logs[1]).toBe(after.logs[1]);
	});

	it('sees a change deep inside an entry', () => {
		const before = updateLog(entry(t0, 'SUCCESS', '1.0.0'));
		const after = updateLog(entry(t0, 'SUCCESS', '1.0.1'));
		expect(mergeUpdateLogs(before, after).logs[0]).toBe(after.logs[0]);
	});
});

describe('refreshNewEntryMarks', () => {
	it('marks new entries for a while, then lets them go', () => {
		const marked = refreshNewEntryMarks(new Map(), [t0], t0, minute);
		expect([...markedUpdateTimes(marked)]).toEqual([t0]);

		const later = refreshNewEntryMarks(marked, [t0 + minute], t0 + 30_000, minute);
		expect([...markedUpdateTimes(later)].sort()).toEqual([t0, t0 + minute]);

		const expired = refreshNewEntryMarks(later, [], t0 + minute + 1, minute);
		expect([...markedUpdateTimes(expired)]).toEqual([t0 + minute]);
	});

	it('returns the same marks when nothing changed', () => {
		const marked = refreshNewEntryMarks(new Map(), [t0], t0, minute);
		expect(refreshNewEntryMarks(marked, [], t0 + 1, minute)).toBe(marked);
	});
});
