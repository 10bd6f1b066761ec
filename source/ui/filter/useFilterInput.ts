// Typing a filter. The pane's list keys and the filter prompt both listen while the pane is in
// front; which one a key belongs to is decided when it arrives, from the latest state, so a
// fast "/demo" lands in the filter whole.
import { type Key, useInput } from 'ink';
import { sanitizeText } from '../../terminal/sanitize.js';
import { isAction } from '../keys/matchKey.js';
import type { AppAction, AppState } from '../state/appState.js';
import { frontPane } from '../state/appState.js';
import type { FilterEdit } from '../state/filterEdit.js';
import type { TextFilter } from '../state/panes.js';

export interface FilterInputOptions {
	isActive: boolean;
	latest(): AppState;
	dispatch(action: AppAction): void;
}

/** Whether the pane in front is taking typed text right now. */
export function isTypingNow(latest: () => AppState): boolean {
	const pane = frontPane(latest());
	return 'filter' in pane && pane.filter.isEditing;
}

function filterEditFor(input: string, key: Key): FilterEdit | undefined {
	if (isAction('filter.accept', input, key)) return { kind: 'accept' };
	if (isAction('filter.cancel', input, key)) return { kind: 'cancel' };
	if (isAction('filter.erase', input, key)) return { kind: 'erase' };
	if (key.ctrl || key.meta || !input) return undefined;
	return { kind: 'type', text: sanitizeText(input) };
}

export function useFilterInput({ isActive, latest, dispatch }: FilterInputOptions): void {
	useInput(
		(input, key) => {
			if (!isTypingNow(latest)) return;
			const edit = filterEditFor(input, key);
			if (edit) dispatch({ type: 'filter', edit });
		},
		{ isActive },
	);
}

/** How a filter reads in a pane's title: '/text_' while typing, '/text' once kept. */
export function filterLabel(filter: TextFilter): string {
	if (filter.isEditing) return `/${filter.text}_`;
	return filter.text ? `/${filter.text}` : '';
}
