// Folds a fresh response into the one on screen. The fresh one is the truth, but every entry
// that did not change keeps its old object (matched by update_time), and a response with no
// change at all is the old object itself: the screen then has nothing to redraw, and whatever
// the UI keyed on an entry (selection, open pane, scroll) stays put.
import { isDeepStrictEqual } from 'node:util';
import type { UpdateLogEntry, UpdateLogsResponse } from '../api/types.js';

export function mergeUpdateLogs(
	previous: UpdateLogsResponse | undefined,
	next: UpdateLogsResponse,
): UpdateLogsResponse {
	if (!previous) return next;

	const previousByTime = new Map(previous.logs.map((entry) => [entry.update_time, entry]));
	const logs = next.logs.map((entry) =>
		keepUnchanged(previousByTime.get(entry.update_time), entry),
	);
	const isSameList =
		logs.length === previous.logs.length && logs.every((entry, i) => entry === previous.logs[i]);

	if (isSameList && haveSameHeader(previous, next)) return previous;
	return { ...next, logs };
}

function keepUnchanged(before: UpdateLogEntry | undefined, after: UpdateLogEntry): UpdateLogEntry {
	return before && isDeepStrictEqual(before, after) ? before : after;
}

function haveSameHeader(previous: UpdateLogsResponse, next: UpdateLogsResponse): boolean {
	const { logs: _previousLogs, ...previousHeader } = previous;
	const { logs: _nextLogs, ...nextHeader } = next;
	return isDeepStrictEqual(previousHeader, nextHeader);
}
