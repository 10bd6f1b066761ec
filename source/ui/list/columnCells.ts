// Table rows as list segments: widths from the presentation's column helpers, each cell padded
// or cut by them, so columns stay aligned with CJK names and the row fits its width exactly.
import { type ColumnSpec, columnWidths, layoutRow } from '../../presentation/columns.js';
import type { Tone } from '../theme/theme.js';
import type { Segment } from './listRow.js';

export interface ToneCell {
	text: string;
	tone?: Tone;
	align?: 'left' | 'right';
}

/** Each shown cell becomes one segment; hidden columns (width 0) are left out. */
export function cellsToSegments(cells: readonly ToneCell[], widths: readonly number[]): Segment[] {
	const segments: Segment[] = [];
	cells.forEach((cell, index) => {
		const width = widths[index] ?? 0;
		if (width <= 0) return;
		const gap = segments.length === 0 ? '' : ' ';
		const text = layoutRow([{ text: cell.text, width, align: cell.align }]);
		segments.push({ text: gap + text, tone: cell.tone });
	});
	return segments;
}

export function tableWidths(width: number, specs: ColumnSpec[]): number[] {
	return columnWidths(width, specs);
}
