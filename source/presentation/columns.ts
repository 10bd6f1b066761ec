// Fixed-width rows: every line is built to an exact display width so columns stay aligned
// with CJK and emoji text, and Ink never has to wrap or cut anything.

import { padStartToWidth, padToWidth } from '../terminal/displayWidth.js';

export interface Cell {
	text: string;
	width: number;
	align?: 'left' | 'right';
}

export interface ColumnSpec {
	/** Narrowest useful width. */
	min: number;
	/** Widest the column ever needs; unbounded when absent. */
	max?: number;
	/** Share of the spare width this column takes; 0 keeps it at min. */
	grow?: number;
	/** When the terminal is too narrow, the lowest priority columns are hidden first. */
	priority?: number;
}

/** One line of exactly the summed cell widths plus gaps; zero-width cells are skipped. */
export function layoutRow(cells: Cell[], gap = 1): string {
	return cells
		.filter((cell) => cell.width > 0)
		.map((cell) =>
			cell.align === 'right'
				? padStartToWidth(cell.text, cell.width)
				: padToWidth(cell.text, cell.width),
		)
		.join(' '.repeat(gap));
}

/** Total width of a layout built by layoutRow from these widths. */
export function rowWidth(widths: number[], gap = 1): number {
	const shown = widths.filter((width) => width > 0);

	return shown.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, shown.length - 1);
}

/**
 * Widths for the columns so the row fills `totalWidth`: each starts at its min, the spare
 * width goes to growing columns by their share (up to their max). Columns that cannot fit
 * get width 0, lowest priority first.
 */
export function columnWidths(totalWidth: number, specs: ColumnSpec[], gap = 1): number[] {
	const shown = visibleColumns(Math.max(0, Math.floor(totalWidth)), specs, gap);
	const widths = specs.map((spec, index) =>
		shown.has(index) ? Math.min(spec.min, Math.max(0, Math.floor(totalWidth))) : 0,
	);
	let spare = Math.max(0, Math.floor(totalWidth)) - rowWidth(widths, gap);

	while (spare > 0) {
		const growing = specs
			.map((spec, index) => ({ spec, index }))
			.filter(({ spec, index }) => shown.has(index) && (spec.grow ?? 0) > 0)
			.filter(({ spec, index }) => (widths[index] ?? 0) < (spec.max ?? Number.POSITIVE_INFINITY));

		if (growing.length === 0) {
			break;
		}

		spare = shareOut(spare, growing, widths);
	}

	return widths;
}

function shareOut(
	spare: number,
	growing: { spec: ColumnSpec; index: number }[],
	widths: number[],
): number {
	const totalGrow = growing.reduce((sum, { spec }) => sum + (spec.grow ?? 0), 0);
	let left = spare;

	for (const { spec, index } of growing) {
		const share = Math.max(1, Math.floor((spare * (spec.grow ?? 0)) / totalGrow));
		const room = (spec.max ?? Number.POSITIVE_INFINITY) - (widths[index] ?? 0);
		const added = Math.min(share, room, left);

		widths[index] = (widths[index] ?? 0) + added;
		left -= added;
	}

	return left;
}

function visibleColumns(totalWidth: number, specs: ColumnSpec[], gap: number): Set<number> {
	const shown = new Set(specs.map((_, index) => index));
	const byPriority = specs
		.map((spec, index) => ({ priority: spec.priority ?? 0, index }))
		.sort((a, b) => a.priority - b.priority || b.index - a.index);

	for (const { index } of byPriority) {
		const widths = specs.map((spec, at) => (shown.has(at) ? spec.min : 0));

		if (rowWidth(widths, gap) <= totalWidth || shown.size === 1) {
			break;
		}

		shown.delete(index);
	}

	return shown;
}
