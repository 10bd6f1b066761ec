// Test helper: every piece of text the presentation layer produces for a response, the way the
// explorer would ask for it, so the hostile corpus can check all of it at once.

import type { ServiceSummary, UpdateLogEntry } from '../../source/api/types.js';
import {
	type ColumnSpec,
	columnWidths,
	layoutRow,
	rowWidth,
} from '../../source/presentation/columns.js';
import { configDetailLines, entrySummaryLines } from '../../source/presentation/configDetail.js';
import { configRows, entryConfigs } from '../../source/presentation/configRows.js';
import { diffEntries } from '../../source/presentation/entryDiff.js';
import { entryAsJson } from '../../source/presentation/entryJson.js';
import { nodeResultRows } from '../../source/presentation/nodeResults.js';
import { filterServices, toServiceRow } from '../../source/presentation/serviceRows.js';
import { toUpdateLogRows } from '../../source/presentation/updateLogRows.js';

export const NOW = 1586250930708 + 3_600_000;

const LOG_COLUMNS: ColumnSpec[] = [
	{ min: 19 },
	{ min: 8, max: 9 },
	{ min: 9, max: 9 },
	{ min: 12, grow: 3 },
	{ min: 5, max: 8, grow: 1 },
	{ min: 10, grow: 1, priority: -1 },
	{ min: 8, max: 10, priority: -2 },
];

export interface Rendered {
	texts: string[];
	jsons: string[];
	lines: { text: string; width: number }[];
}

/** paneEvery: open the nested panes of every n-th entry only (all of them by default). */
export function renderUpdateLog(
	logs: unknown,
	terminalWidths = [60, 80, 120, 200],
	{ paneEvery = 1 } = {},
): Rendered {
	const rendered: Rendered = { texts: [], jsons: [], lines: [] };
	const rows = toUpdateLogRows(logs, { nowMs: NOW, zone: 'local', inferType: 'edge' });

	for (const [index, row] of rows.entries()) {
		const { entry: _entry, ...text } = row;
		const cells = [
			row.time,
			row.age,
			`${row.resultSymbol} ${row.result}`,
			row.models,
			row.instances,
		];

		rendered.texts.push(...Object.values(text).filter((value) => typeof value === 'string'));
		rendered.lines.push(...layouts([...cells, row.specification, row.nodes ?? ''], terminalWidths));

		if (index % paneEvery === 0) {
			rendered.texts.push(...entryTexts(row.entry, rows[index + 1]?.entry));
			rendered.jsons.push(entryAsJson(row.entry, { maskAllEnvs: false }));
		}
	}

	return rendered;
}

// The previous entry is the next row down (rows are newest first); previousEntry itself is
// checked against this in the hostile corpus rather than called per row (it scans the log).
function entryTexts(entry: UpdateLogEntry, previous: UpdateLogEntry | undefined): string[] {
	const closed = { revealSecrets: false, maskAllEnvs: false };
	const lines = [
		...entrySummaryLines(entry),
		...entryConfigs(entry).flatMap((config) => configDetailLines(config, closed)),
	];
	const diff = diffEntries(previous, entry);
	const nodes = nodeResultRows(entry, { failuresOnly: false });
	const configs = configRows(entry).map(({ config: _config, ...row }) => Object.values(row));

	return [
		...lines.flatMap((line) => [line.label, line.value]),
		...diff.flatMap((line) => [line.path, line.before ?? '', line.after ?? '']),
		...nodes.flatMap((node) => [node.name, node.id, node.operation, node.symbol]),
		...configs.flat(),
	];
}

export function renderServices(
	services: ServiceSummary[],
	terminalWidths = [60, 80, 120],
): Rendered {
	const rows = [...services, ...filterServices(services, 'a')].map((service) =>
		toServiceRow(service),
	);
	const texts = rows.flatMap((row) => Object.values(row));
	const lines = rows.flatMap((row) =>
		layouts(
			[row.name, row.id, row.inferType, `${row.statusSymbol} ${row.status}`, row.published],
			terminalWidths,
		),
	);

	return { texts, jsons: [], lines };
}

function layouts(texts: string[], terminalWidths: number[]): { text: string; width: number }[] {
	return terminalWidths.map((terminalWidth) => {
		const widths = columnWidths(terminalWidth, LOG_COLUMNS.slice(0, texts.length));
		const text = layoutRow(texts.map((cell, index) => ({ text: cell, width: widths[index] ?? 0 })));

		return { text, width: rowWidth(widths) };
	});
}
