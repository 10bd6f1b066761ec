// The update log's table: time and age, result (symbol and word), models, instances,
// specification and, for edge services, node counts.
import type { ColumnSpec } from '../../presentation/columns.js';
import { fitModelsText, fitSpecText } from '../../presentation/fitModels.js';
import { type TimeZoneChoice, zoneLabel } from '../../presentation/time.js';
import type { UpdateLogRow } from '../../presentation/updateLogRows.js';
import { cellsToSegments, type ToneCell, tableWidths } from '../list/columnCells.js';
import type { ListRow } from '../list/listRow.js';

const columns: ColumnSpec[] = [
	{ min: 19, max: 19, priority: 9 },
	{ min: 8, max: 9, priority: 3 },
	{ min: 9, max: 9, priority: 8 },
	{ min: 14, grow: 3, priority: 7 },
	{ min: 4, max: 9, priority: 2 },
	{ min: 12, grow: 1, max: 40, priority: 1 },
];

const edgeColumn: ColumnSpec = { min: 9, max: 12, priority: 6 };

export function updateLogWidths(width: number, isEdge: boolean): number[] {
	return tableWidths(width, isEdge ? [...columns, edgeColumn] : columns);
}

export function updateLogHeaderRow(
	widths: number[],
	zone: TimeZoneChoice,
	isEdge: boolean,
): ListRow {
	const titles = [`TIME ${zoneLabel(zone)}`, 'AGE', 'RESULT', 'MODELS', 'INST', 'SPEC'];
	if (isEdge) titles.push('NODES');
	const cells = titles.map((text) => ({ text, tone: 'muted' as const }));
	return { key: 'header', segments: cellsToSegments(cells, widths) };
}

export function updateLogListRow(row: UpdateLogRow, widths: number[], isEdge: boolean): ListRow {
	const cells: ToneCell[] = [
		{ text: row.time },
		{ text: row.age, tone: 'muted' },
		{ text: `${row.resultSymbol} ${row.result}`, tone: row.resultTone },
		{ text: modelsCell(row, widths[3] ?? 0) },
		{ text: row.instances, align: 'right' },
		{ text: fitSpecText(row.specification, widths[5] ?? 0) },
	];
	if (isEdge) cells.push({ text: row.nodes ?? '', tone: nodeTone(row) });
	return { key: row.key, segments: cellsToSegments(cells, widths) };
}

// Only the visible rows are laid out, so fitting here costs a few cells per frame.
function modelsCell(row: UpdateLogRow, width: number): string {
	const parts = row.modelParts;
	return parts === undefined || parts.length === 0 ? row.models : fitModelsText(parts, width);
}

function nodeTone(row: UpdateLogRow) {
	const failed = row.entry.failed_num;
	return typeof failed === 'number' && failed > 0 ? ('bad' as const) : undefined;
}
