import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { cursorMoveFor } from '../keys/cursorMove.js';
import { useOverlayKeys } from '../keys/keyRouter.js';
import { isAction } from '../keys/matchKey.js';
import { clamp, moveIndex } from '../list/listCursor.js';
import { WindowedList } from '../list/WindowedList.js';
import type { AppAction, AppState } from '../state/appState.js';
import { helpRows } from './helpRows.js';

export interface HelpOverlayProps {
	state: AppState;
	dispatch(action: AppAction): void;
	width: number;
	height: number;
}

export const helpTitle = 'Help: keys';

/** The key table as a scrollable page; it takes the keys while it is open. */
export function HelpOverlay({ state, dispatch, width, height }: HelpOverlayProps) {
	const rows = useMemo(() => helpRows(), []);
	const pageSize = Math.max(1, height - 1);
	const maxTop = Math.max(0, rows.length - pageSize);
	const top = clamp(state.helpCursor.top, 0, maxTop);

	useOverlayKeys((input, key) => {
		if (isAction('help.close', input, key)) {
			dispatch({ type: 'toggleHelp' });
			return;
		}
		const move = cursorMoveFor(input, key);
		if (!move) return;
		// The help has no selection: the movement keys scroll it.
		const nextTop = moveIndex(top, move, pageSize, maxTop + 1);
		dispatch({ type: 'helpCursor', cursor: { index: nextTop, top: nextTop } });
	});

	return (
		<Box flexDirection="column" height={height}>
			<Text bold>{`${helpTitle} (esc or ? closes)`}</Text>
			<WindowedList rows={rows.slice(top, top + pageSize)} height={pageSize} width={width} />
		</Box>
	);
}
