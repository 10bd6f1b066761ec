import type { AppAction, AppState } from '../state/appState.js';
import type { Pane } from '../state/panes.js';

/** What every pane is given: its own state, whether it has the keys, and its box. */
export interface PaneProps<P extends Pane> {
	pane: P;
	state: AppState;
	/** The state with every key so far applied; handlers decide by it, not by the last frame. */
	latest(): AppState;
	/** True when the pane is in front and no overlay is open. */
	isActive: boolean;
	width: number;
	/** Lines the pane must fill exactly, its status line included. */
	height: number;
	dispatch(action: AppAction): void;
}

/** Lines a pane's list gets: the pane's height less its title, column header and status line. */
export function listHeight(height: number, fixedLines = 3): number {
	return Math.max(1, height - fixedLines);
}
