// The lines `malog logs SERVICE --watch` prints: one per entry and one per change of result,
// either for a person (one line, times in UTC like `malog logs`, cleaned of terminal controls)
// or as NDJSON events that carry a type ("entry" or "change"). Secrets are masked either way.
import type { UpdateLogEntry } from '../api/types.js';
import { maskDeep } from '../presentation/maskSecrets.js';
import { instancesText, modelsText, specificationText } from '../presentation/modelSummary.js';
import { hasNodeResults, nodeCountsText } from '../presentation/nodeResults.js';
import { formatTimestamp } from '../presentation/time.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { formatDuration } from './durationText.js';
import { finishDurationMs, isFinish, type ResultChange } from './updateLogChanges.js';

const resultWidth = 'RUNNING'.length;

export function entryLine(entry: UpdateLogEntry): string {
	const parts = [
		formatTimestamp(entry.update_time, 'utc'),
		sanitizeText(entry.result).padEnd(resultWidth),
		modelsText(entry.config),
		`×${instancesText(entry.config)}`,
		specificationText(entry.config),
	];
	if (hasNodeResults(entry)) parts.push(`nodes ${nodeCountsText(entry)}`);
	return parts.join('  ');
}

export function changeLine(change: ResultChange): string {
	const took = isFinish(change) ? ` after ${formatDuration(finishDurationMs(change))}` : '';
	const from = sanitizeText(change.from);
	const to = sanitizeText(change.to);
	return `${formatTimestamp(change.updateTime, 'utc')}  ${from} → ${to}${took}`;
}

export function entryEvent(serviceId: string, entry: UpdateLogEntry): string {
	return JSON.stringify({ type: 'entry', service_id: serviceId, entry: masked(entry) });
}

export function changeEvent(serviceId: string, change: ResultChange): string {
	return JSON.stringify({
		type: 'change',
		service_id: serviceId,
		update_time: change.updateTime,
		from: change.from,
		to: change.to,
		seen_at: change.seenAt,
		duration_ms: isFinish(change) ? finishDurationMs(change) : undefined,
		entry: masked(change.entry),
	});
}

function masked(entry: UpdateLogEntry): unknown {
	return maskDeep(entry, { maskAllEnvs: false, revealSecrets: false });
}
