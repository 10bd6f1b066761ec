// The keys of the pane in front: while its filter prompt is open, typed text goes there;
// otherwise movement keys move its list and every other key goes to the pane's own handler.
// Panes behind the front one, and every pane while the help is open, hear nothing. Which of
// these a key belongs to is decided when it arrives, from the latest state, so keys that come
// faster than frames are drawn are not misrouted.
import type { Key } from 'ink';
import { sanitizeText } from '../../terminal/sanitize.js';
import { isTypingNow } from '../filter/filterLabel.js';
import { cursorMoveFor } from '../keys/cursorMove.js';
import { usePaneKeys } from '../keys/keyRouter.js';
import { isAction } from '../keys/matchKey.js';
import { type AppAction, type AppState, frontPane } from '../state/appState.js';
import type { FilterEdit } from '../state/filterEdit.js';
import { resolveCursor } from './listCursor.js';

export interface PaneList {
	keys: readonly string[];
	pageSize: number;
}

export interface PaneInputOptions {
	isActive: boolean;
	latest(): AppState;
	list?: PaneList;
	dispatch(action: AppAction): void;
}

function filterEditFor(input: string, key: Key): FilterEdit | undefined {
	if (isAction('filter.accept', input, key)) return { kind: 'accept' };
	if (isAction('filter.cancel', input, key)) return { kind: 'cancel' };
	if (isAction('filter.erase', input, key)) return { kind: 'erase' };
	if (key.ctrl || key.meta || !input) return undefined;
	return { kind: 'type', text: sanitizeText(input) };
}

/** Where the selection is with every key so far applied (a move and Enter may come together). */
function selectedIndexNow(latest: () => AppState, list: PaneList | undefined): number {
	if (!list) return 0;
	return resolveCursor(frontPane(latest()).cursor, list.keys, list.pageSize).index;
}

export function usePaneInput(
	{ isActive, latest, list, dispatch }: PaneInputOptions,
	onKey: (input: string, key: Key, selectedIndex: number) => void,
): void {
	usePaneKeys((input, key) => {
		if (isTypingNow(latest)) {
			const edit = filterEditFor(input, key);
			if (edit) dispatch({ type: 'filter', edit });
			return;
		}
		const move = list ? cursorMoveFor(input, key) : undefined;
		if (list && move) dispatch({ type: 'move', move, keys: list.keys, pageSize: list.pageSize });
		else onKey(input, key, selectedIndexNow(latest, list));
	}, isActive);
}
