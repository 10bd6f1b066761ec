import { describe, expect, it } from 'vitest';
import {
	type ColumnSpec,
	columnWidths,
	layoutRow,
	rowWidth,
} from '../../source/presentation/columns.js';
import { displayWidth } from '../../source/terminal/displayWidth.js';

const specs: ColumnSpec[] = [
	{ min: 19 },
	{ min: 7, max: 9 },
	{ min: 12, grow: 3 },
	{ min: 5, max: 10, grow: 1, priority: 1 },
	{ min: 8, grow: 1, priority: -1 },
];

describe('layoutRow', () => {
	it('builds a line of exactly the summed widths with CJK and emoji', () => {
		const line = layoutRow([
			{ text: '图像分类服务-超长的名字', width: 10 },
			{ text: '🚀', width: 3 },
			{ text: '42', width: 4, align: 'right' },
		]);

		expect(displayWidth(line)).toBe(10 + 3 + 4 + 2);
		expect(line.endsWith('  42')).toBe(true);
	});

	it('skips zero-width cells and honours the gap', () => {
		expect(
			layoutRow(
				[
					{ text: 'a', width: 2 },
					{ text: 'b', width: 0 },
					{ text: 'c', width: 1 },
				],
				2,
			),
		).toBe('a   c');
	});
});

describe('columnWidths', () => {
	it.each([60, 80, 100, 120, 160, 200])('fills %i columns exactly', (total) => {
		const widths = columnWidths(total, specs);

		expect(rowWidth(widths)).toBe(total);
		widths.forEach((width, index) => {
			if (width > 0) {
				expect(width).toBeGreaterThanOrEqual(specs[index]?.min ?? 0);
				expect(width).toBeLessThanOrEqual(specs[index]?.max ?? Number.POSITIVE_INFINITY);
			}
		});
	});

	it('hides the lowest priority columns when the terminal is narrow', () => {
		const widths = columnWidths(50, specs);

		expect(widths[4]).toBe(0);
		expect(rowWidth(widths)).toBeLessThanOrEqual(50);
	});

	it('never goes wider than the terminal, even when one column is too wide', () => {
		expect(rowWidth(columnWidths(10, specs))).toBeLessThanOrEqual(10);
		expect(columnWidths(0, specs).every((width) => width === 0)).toBe(true);
	});

	it('leaves a row short when every growing column is at its max', () => {
		const widths = columnWidths(100, [{ min: 5, max: 10, grow: 1 }, { min: 5 }]);

		expect(widths).toEqual([10, 5]);
	});
});
