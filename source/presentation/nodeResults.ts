// Edge updates: per-node outcomes (table 5) and the succeeded/failed counts.

import type { NodeResult, UpdateLogEntry } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { asFiniteNumber, asRecords, fieldText } from './fieldText.js';

export interface NodeResultRow {
	key: string;
	name: string;
	id: string;
	operation: string;
	/** undefined when the API did not say. */
	ok: boolean | undefined;
	symbol: string;
}

export interface NodeCounts {
	succeeded: number;
	failed: number;
	total: number;
}

/** Failures first, then unknown outcomes, then successes; API order kept within each. */
export function nodeResultRows(
	entry: UpdateLogEntry,
	options: { failuresOnly: boolean },
): NodeResultRow[] {
	const rows = asRecords<NodeResult>(entry.result_detail).map(toNodeRow);
	const failed = rows.filter((row) => row.ok === false);

	if (options.failuresOnly) {
		return failed;
	}

	const unknown = rows.filter((row) => row.ok === undefined);
	const succeeded = rows.filter((row) => row.ok === true);

	return [...failed, ...unknown, ...succeeded];
}

function toNodeRow(node: NodeResult, index: number): NodeResultRow {
	const ok = typeof node.result === 'boolean' ? node.result : undefined;

	return {
		key: `${index}`,
		name: fieldText(node.node_name, glyphs.none),
		id: fieldText(node.node_id, glyphs.none),
		operation: fieldText(node.operation, glyphs.none),
		ok,
		symbol: ok === undefined ? glyphs.unknown : ok ? glyphs.success : glyphs.fail,
	};
}

/** success_num and failed_num when given, else counted from result_detail. */
export function nodeCounts(entry: UpdateLogEntry): NodeCounts {
	const details = asRecords<NodeResult>(entry.result_detail);
	const succeeded =
		asFiniteNumber(entry.success_num) ?? details.filter((node) => node.result === true).length;
	const failed =
		asFiniteNumber(entry.failed_num) ?? details.filter((node) => node.result === false).length;

	return { succeeded, failed, total: succeeded + failed };
}

/** Whether the entry carries edge-node results at all. */
export function hasNodeResults(entry: UpdateLogEntry): boolean {
	return (
		asFiniteNumber(entry.success_num) !== undefined ||
		asFiniteNumber(entry.failed_num) !== undefined ||
		Array.isArray(entry.result_detail)
	);
}

/** '48✓ 2✗' (or '48+ 2x' in ASCII). */
export function nodeCountsText(entry: UpdateLogEntry): string {
	const { succeeded, failed } = nodeCounts(entry);

	return `${succeeded}${glyphs.success} ${failed}${glyphs.fail}`;
}
