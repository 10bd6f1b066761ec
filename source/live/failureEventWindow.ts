// Which events explain a failed update: the abnormal ones from when it started until the next
// update started, or an hour after when none has. The window starts only a second early: the
// previous update's failure is often just before, and it is not this one's reason.
import type { UpdateLogEntry, UpdateLogsResponse } from '../api/types.js';
import type { EventQuery } from '../client/modelArtsApi.js';

export const eventWindowLeadMs = 1_000;
export const eventWindowSpanMs = 60 * 60_000;
/** Edge updates fail node by node; this many events covers a large edge fleet. */
export const failureEventLimit = 200;

export function failureEventQuery(
	entry: UpdateLogEntry,
	log?: UpdateLogsResponse,
): Required<Pick<EventQuery, 'event_type' | 'start_time' | 'end_time' | 'limit'>> {
	const nextStart = nextUpdateTime(entry.update_time, log);

	return {
		event_type: 'abnormal',
		start_time: entry.update_time - eventWindowLeadMs,
		end_time: nextStart === undefined ? entry.update_time + eventWindowSpanMs : nextStart - 1,
		limit: failureEventLimit,
	};
}

function nextUpdateTime(updateTime: number, log?: UpdateLogsResponse): number | undefined {
	let next: number | undefined;
	for (const each of log?.logs ?? []) {
		const isLater = each.update_time > updateTime;
		if (isLater && (next === undefined || each.update_time < next)) next = each.update_time;
	}
	return next;
}
