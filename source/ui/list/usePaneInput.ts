// The keys of the pane in front: movement keys move its list, every other key goes to the
// pane's own handler. Panes behind the front one, and every pane while an overlay or a filter
// prompt is open, are inactive and hear nothing.
import { type Key, useInput } from 'ink';
import { cursorMoveFor } from '../keys/cursorMove.js';
import { isTypingNow } from '../filter/useFilterInput.js';
import type { AppAction, AppState } from '../state/appState.js';

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

export function usePaneInput(
	{ isActive, latest, list, dispatch }: PaneInputOptions,
	onKey: (input: string, key: Key) => void,
): void {
	useInput(
		(input, key) => {
			if (isTypingNow(latest)) return;
			const move = list ? cursorMoveFor(input, key) : undefined;
			if (list && move) {
				dispatch({ type: 'move', move, keys: list.keys, pageSize: list.pageSize });
				return;
			}
			onKey(input, key);
		},
		{ isActive },
	);
}
