import { describe, expect, it } from 'vitest';
import { applyMove, moveIndex, resolveCursor, windowTop } from '../../source/ui/list/listCursor.js';

const keys = Array.from({ length: 100 }, (_, index) => String(1000 - index));

describe('list cursor', () => {
	it('moves by rows and pages within the list', () => {
		expect(moveIndex(0, 'up', 20, 100)).toBe(0);
		expect(moveIndex(0, 'pageDown', 20, 100)).toBe(20);
		expect(moveIndex(95, 'pageDown', 20, 100)).toBe(99);
		expect(moveIndex(50, 'last', 20, 100)).toBe(99);
		expect(moveIndex(3, 'first', 20, 0)).toBe(0);
	});

	it('scrolls just enough to keep the selection visible', () => {
		expect(windowTop(0, 19, 20, 100)).toBe(0);
		expect(windowTop(0, 20, 20, 100)).toBe(1);
		expect(windowTop(50, 10, 20, 100)).toBe(10);
		expect(windowTop(90, 95, 20, 100)).toBe(80);
	});

	it('turns a whole page on page down', () => {
		const moved = applyMove({ index: 0, top: 0 }, keys, 'pageDown', 20);
		expect(moved).toEqual({ selectedKey: '980', index: 20, top: 20 });
	});

	it('keeps the selected row and its place on screen when rows arrive above it', () => {
		const cursor = { selectedKey: '990', index: 10, top: 5 };
		const refreshed = ['1002', '1001', ...keys];
		expect(resolveCursor(cursor, refreshed, 20)).toEqual({ index: 12, top: 7 });
	});

	it('falls back to the same index when the selected row is gone', () => {
		const cursor = { selectedKey: 'gone', index: 150, top: 140 };
		expect(resolveCursor(cursor, keys, 20)).toEqual({ index: 99, top: 80 });
	});
});
