// The update log as every pane of one service sees it: the live state and the rows, built once
// per response (and once a minute for the ages), not once per key press.
import { useEffect, useMemo, useState } from 'react';
import type { UpdateLogEntry } from '../../api/types.js';
import { previousEntry } from '../../presentation/entryDiff.js';
import type { TimeZoneChoice } from '../../presentation/time.js';
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
	entryAt(updateTime: number): UpdateLogEntry | undefined;
	previousOf(entry: UpdateLogEntry): UpdateLogEntry | undefined;
}

function useMinuteTick(): number {
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
): LogData {
	const minute = useMinuteTick();
	const logs = live.response?.logs;

	// biome-ignore lint/correctness/useExhaustiveDependencies: the minute tick refreshes the ages
	const rows = useMemo(
		() => toUpdateLogRows(logs ?? [], { nowMs: Date.now(), zone }),
		[logs, zone, minute],
	);

	return useMemo(() => {
		const entries = rows.map((row) => row.entry);
		return {
			live,
			serviceId,
			serviceName: sanitizeText(live.response?.service_name ?? fallbackName ?? serviceId),
			rows,
			isEdge: rows.some((row) => row.nodes !== undefined),
			entryAt: (updateTime) => entries.find((entry) => entry.update_time === updateTime),
			previousOf: (entry) => previousEntry(entries, entry),
		};
	}, [live, rows, serviceId, fallbackName]);
}
