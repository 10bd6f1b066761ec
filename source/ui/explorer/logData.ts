// The update log as every pane of one service sees it: the live state and the rows, built once
// per response or time zone, not once per key press nor per minute: a 10,000-entry history is
// not rebuilt to move its ages on. The panes age the rows in view (ageNow, useMinuteTick).
import { useEffect, useMemo, useState } from 'react';
import type { UpdateLogEntry } from '../../api/types.js';
import { previousEntry } from '../../presentation/entryDiff.js';
import type { TimeZoneChoice } from '../../presentation/time.js';
import { formatAge } from '../../presentation/time.js';
import { toUpdateLogRows, type UpdateLogRow } from '../../presentation/updateLogRows.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import type { UpdateLogState } from '../hooks/useUpdateLog.js';

export interface LogData {
	live: UpdateLogState;
	serviceId: string;
	serviceName: string;
	/** Every entry, newest first. */
	rows: UpdateLogRow[];
	isEdge: boolean;
	/** Read from a saved response (--file), not the API. */
	source: 'live' | 'file';
	entryAt(updateTime: number): UpdateLogEntry | undefined;
	previousOf(entry: UpdateLogEntry): UpdateLogEntry | undefined;
}

/** Re-renders the caller every minute, so the ages it draws move on. */
export function useMinuteTick(): number {
	const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
	useEffect(() => {
		const timer = setInterval(() => setMinute(Math.floor(Date.now() / 60_000)), 60_000);
		return () => clearInterval(timer);
	}, []);
	return minute;
}

export function useLogData(
	live: UpdateLogState,
	serviceId: string,
	fallbackName: string | undefined,
	zone: TimeZoneChoice,
	source: 'live' | 'file' = 'live',
): LogData {
	const logs = live.response?.logs;
	const rows = useMemo(
		() => toUpdateLogRows(logs ?? [], { nowMs: Date.now(), zone }),
		[logs, zone],
	);

	return useMemo(() => {
		const entries = rows.map((row) => row.entry);
		return {
			live,
			serviceId,
			serviceName: sanitizeText(live.response?.service_name ?? fallbackName ?? serviceId),
			rows,
			isEdge: rows.some((row) => row.nodes !== undefined),
			source,
			entryAt: (updateTime) => entries.find((entry) => entry.update_time === updateTime),
			previousOf: (entry) => previousEntry(entries, entry),
		};
	}, [live, rows, serviceId, fallbackName, source]);
}

/** A row with its age as of now: only the rows in view are aged, each time they are drawn. */
export function ageNow(row: UpdateLogRow, nowMs: number): UpdateLogRow {
	const age = formatAge(row.entry.update_time, nowMs);
	return age === row.age ? row : { ...row, age };
}
