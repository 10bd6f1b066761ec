// The service picker's table: name, infer type, status (symbol and word), publish time.
import type { ServiceSummary } from '../../api/types.js';
import type { ColumnSpec } from '../../presentation/columns.js';
import { toServiceRow } from '../../presentation/serviceRows.js';
import type { TimeZoneChoice } from '../../presentation/time.js';
import { cellsToSegments, tableWidths } from '../list/columnCells.js';
import type { ListRow } from '../list/listRow.js';

const serviceColumns: ColumnSpec[] = [
	{ min: 12, grow: 1, priority: 3 },
	{ min: 9, max: 9, priority: 1 },
	{ min: 12, max: 14, grow: 1, priority: 2 },
	{ min: 19, max: 19, priority: 0 },
];

export const serviceColumnTitles = ['NAME', 'TYPE', 'STATUS', 'PUBLISHED'];

export function serviceWidths(width: number): number[] {
	return tableWidths(width, serviceColumns);
}

export function serviceHeaderRow(widths: number[]): ListRow {
	const cells = serviceColumnTitles.map((text) => ({ text, tone: 'muted' as const }));
	return { key: 'header', segments: cellsToSegments(cells, widths) };
}

export function serviceListRow(
	service: ServiceSummary,
	widths: number[],
	zone: TimeZoneChoice,
): ListRow {
	const row = toServiceRow(service, { zone });
	const cells = [
		{ text: row.name },
		{ text: row.inferType },
		{ text: `${row.statusSymbol} ${row.status}`, tone: row.statusTone },
		{ text: row.published },
	];
	return { key: row.id, segments: cellsToSegments(cells, widths) };
}
