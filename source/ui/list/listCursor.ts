// Where a list's selection and its first visible row are. Pure, so that paging, resizes and
// refreshes that insert rows above the selection are tested without a terminal.
import type { CursorMove } from '../keys/cursorMove.js';

export interface ListCursor {
	/** The selected row's key (update_time, service id…): what survives a refresh. */
	selectedKey?: string;
	/** The index the selection had when it was last drawn. */
	index: number;
	/** The first visible row when it was last drawn. */
	top: number;
}

export const startCursor: ListCursor = { index: 0, top: 0 };

export function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** The index a movement key leads to. */
export function moveIndex(index: number, move: CursorMove, pageSize: number, count: number) {
	const page = Math.max(1, pageSize);
	const last = Math.max(0, count - 1);
	const targets: Record<CursorMove, number> = {
		up: index - 1,
		down: index + 1,
		pageUp: index - page,
		pageDown: index + page,
		first: 0,
		last,
	};
	return clamp(targets[move], 0, last);
}

/** The first visible row: unchanged when possible, moved just enough to show the selection. */
export function windowTop(top: number, index: number, pageSize: number, count: number): number {
	const page = Math.max(1, pageSize);
	const maxTop = Math.max(0, count - page);
	let next = top;
	if (index < next) next = index;
	if (index >= next + page) next = index - page + 1;
	return clamp(next, 0, maxTop);
}

/**
 * The cursor as it applies to the rows drawn now. The selection follows its key when rows were
 * added or removed above it, and the window shifts with it so the row stays where it was.
 */
export function resolveCursor(cursor: ListCursor, keys: readonly string[], pageSize: number) {
	const count = keys.length;
	const found = cursor.selectedKey === undefined ? -1 : keys.indexOf(cursor.selectedKey);
	const index = found >= 0 ? found : clamp(cursor.index, 0, Math.max(0, count - 1));
	const shiftedTop = found >= 0 ? cursor.top + (found - cursor.index) : cursor.top;
	return { index, top: windowTop(shiftedTop, index, pageSize, count) };
}

/** The cursor after a movement key, ready to be stored. */
export function applyMove(
	cursor: ListCursor,
	keys: readonly string[],
	move: CursorMove,
	pageSize: number,
): ListCursor {
	const current = resolveCursor(cursor, keys, pageSize);
	const index = moveIndex(current.index, move, pageSize, keys.length);
	// A page key turns the page: the window moves by as much as the selection did.
	const isPageMove = move === 'pageUp' || move === 'pageDown';
	const startTop = isPageMove ? current.top + (index - current.index) : current.top;
	const top = windowTop(startTop, index, pageSize, keys.length);
	return { selectedKey: keys[index], index, top };
}
