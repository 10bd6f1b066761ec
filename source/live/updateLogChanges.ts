// What changed between two fetches of an update log: the entries that appeared and the entries
// whose result changed. Entries are matched by update_time, the only stable key the API gives.
import type { UpdateLogEntry, UpdateLogsResponse } from '../api/types.js';

export interface ResultChange {
	updateTime: number;
	from: string;
	to: string;
	entry: UpdateLogEntry;
	/** When this fetch saw the change (epoch ms). */
	seenAt: number;
}

export interface UpdateLogChanges {
	newEntries: UpdateLogEntry[];
	resultChanges: ResultChange[];
}

export const noChanges: UpdateLogChanges = { newEntries: [], resultChanges: [] };

/** The first fetch has nothing to compare with, so nothing in it counts as new. */
export function findUpdateLogChanges(
	previous: UpdateLogsResponse | undefined,
	next: UpdateLogsResponse,
	seenAt: number,
): UpdateLogChanges {
	if (!previous) return noChanges;

	const previousByTime = new Map(previous.logs.map((entry) => [entry.update_time, entry]));
	const newEntries: UpdateLogEntry[] = [];
	const resultChanges: ResultChange[] = [];

	for (const entry of next.logs) {
		const before = previousByTime.get(entry.update_time);

		if (!before) {
			newEntries.push(entry);
		} else if (before.result !== entry.result) {
			const updateTime = entry.update_time;
			resultChanges.push({ updateTime, from: before.result, to: entry.result, entry, seenAt });
		}
	}
	return { newEntries, resultChanges };
}

/** A RUNNING update that ended, one way or the other. */
export function isFinish(change: ResultChange): boolean {
	return change.from === 'RUNNING' && (change.to === 'SUCCESS' || change.to === 'FAIL');
}

/** From the start of the update to the fetch that saw it finish. */
export function finishDurationMs(change: ResultChange): number {
	return Math.max(0, change.seenAt - change.updateTime);
}

/** A new entry already over when first seen: it started and ended between two refreshes. */
export function isFinishedOnArrival(entry: UpdateLogEntry): boolean {
	return entry.result === 'SUCCESS' || entry.result === 'FAIL';
}

/** Whether an update ended since the fetch before, seen running or not. */
export function hasFinishes(changes: UpdateLogChanges): boolean {
	return changes.resultChanges.some(isFinish) || changes.newEntries.some(isFinishedOnArrival);
}

export function hasChanges(changes: UpdateLogChanges): boolean {
	return changes.newEntries.length > 0 || changes.resultChanges.length > 0;
}

/** The update that started last, whatever order the API listed them in. */
export function newestEntry(response: UpdateLogsResponse): UpdateLogEntry | undefined {
	let newest: UpdateLogEntry | undefined;
	for (const entry of response.logs) {
		if (!newest || entry.update_time > newest.update_time) newest = entry;
	}
	return newest;
}
