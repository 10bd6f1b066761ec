// The update log of one service, newest first, with the text and result filters.
import { Box } from 'ink';
import { useEffect, useMemo } from 'react';
import type { UpdateResult } from '../../api/types.js';
import { filterUpdateLogRows, positionText } from '../../presentation/updateLogRows.js';
import { filterLabel } from '../filter/filterLabel.js';
import { isAction } from '../keys/matchKey.js';
import { PaneTitle } from '../layout/PaneTitle.js';
import { resolveCursor } from '../list/listCursor.js';
import { usePaneInput } from '../list/usePaneInput.js';
import { rowTextWidth, WindowedList } from '../list/WindowedList.js';
import { frontPane } from '../state/appState.js';
import { newPane, type UpdateLogPane as UpdateLogPaneState } from '../state/panes.js';
import type { EntryCommands } from './entryCommands.js';
import { ageNow, type LogData, useMinuteTick } from './logData.js';
import { listHeight, type PaneProps } from './paneProps.js';
import { RefreshStatusLine } from './RefreshStatusLine.js';
import { updateLogHeaderRow, updateLogListRow, updateLogWidths } from './updateLogListRows.js';

export interface UpdateLogPaneProps extends PaneProps<UpdateLogPaneState> {
	log: LogData;
	commands: EntryCommands;
}

export function UpdateLogPane(props: UpdateLogPaneProps) {
	const { pane, state, latest, isActive, width, height, dispatch, log, commands } = props;
	const result = pane.resultFilter === 'all' ? undefined : (pane.resultFilter as UpdateResult);
	const rows = useMemo(
		() => filterUpdateLogRows(log.rows, { text: pane.filter.text, result }),
		[log.rows, pane.filter.text, result],
	);
	const keys = useMemo(() => rows.map((row) => row.key), [rows]);
	const pageSize = listHeight(height);
	const { index, top } = resolveCursor(pane.cursor, keys, pageSize);
	const shownKey = keys[index];
	const isPinned = pane.cursor.selectedKey !== undefined;

	// The selection belongs to an update, not to a row number: pin it to the update it shows as
	// soon as there is one, so a refresh that brings newer updates does not move it.
	useEffect(() => {
		if (isActive && !isPinned && shownKey !== undefined) {
			dispatch({ type: 'pinSelection', selectedKey: shownKey });
		}
	}, [isActive, isPinned, shownKey, dispatch]);
	// Keys typed ahead of the frame ("/fail" then Enter) act on the rows as they are by then.
	const selectedNow = () => {
		const now = frontPane(latest());
		if (now.kind !== 'updateLog') return undefined;
		const nowResult = now.resultFilter === 'all' ? undefined : (now.resultFilter as UpdateResult);
		const nowRows = filterUpdateLogRows(log.rows, { text: now.filter.text, result: nowResult });
		const nowKeys = nowRows.map((row) => row.key);
		return nowRows[resolveCursor(now.cursor, nowKeys, pageSize).index];
	};

	usePaneInput({ isActive, latest, list: { keys, pageSize }, dispatch }, (input, key) => {
		const selectedRow = selectedNow();
		const selected = selectedRow?.entry;
		if (isAction('log.filter', input, key)) {
			dispatch({ type: 'filter', edit: { kind: 'start' } });
		} else if (isAction('log.resultFilter', input, key)) dispatch({ type: 'cycleResultFilter' });
		else if (isAction('log.timeZone', input, key)) dispatch({ type: 'toggleTimeZone' });
		else if (isAction('log.pause', input, key)) log.live.togglePause();
		else if (isAction('log.refresh', input, key)) log.live.refreshNow();
		else if (isAction('open', input, key) && selected) {
			dispatch({
				type: 'push',
				pane: newPane.entry(selected.update_time),
				selectedKey: selectedRow.key,
			});
		} else if (selected) commands.handle(selected, input, key);
	});

	useMinuteTick();
	const widths = updateLogWidths(rowTextWidth(width), log.isEdge);
	const nowMs = Date.now();
	const visible = rows
		.slice(top, top + pageSize)
		.map((row) => updateLogListRow(ageNow(row, nowMs), widths, log.isEdge));
	const markedKeys = useMemo(
		() => new Set([...log.live.newEntryTimes].map(String)),
		[log.live.newEntryTimes],
	);
	const details = [filterLabel(pane.filter), result ? `result ${result}` : ''];

	return (
		<Box flexDirection="column" height={height}>
			<PaneTitle
				title={`Update log of ${log.serviceName}`}
				detail={details.filter(Boolean).join('  ')}
				right={positionText(top + 1, Math.min(top + pageSize, keys.length), keys.length)}
				width={width}
			/>
			<WindowedList
				rows={[updateLogHeaderRow(widths, state.timeZone, log.isEdge)]}
				height={1}
				width={width}
			/>
			<WindowedList
				rows={visible}
				selectedOffset={index - top}
				height={pageSize}
				width={width}
				markedKeys={markedKeys}
				emptyText={emptyText(log, rows.length)}
			/>
			<RefreshStatusLine live={log.live} source={log.source} notice={state.notice} width={width} />
		</Box>
	);
}

function emptyText(log: LogData, shown: number): string {
	if (shown > 0) return '';
	if (!log.live.response) return log.live.error ? 'Could not load the update log' : 'Loading…';
	return log.rows.length === 0 ? 'This service has no updates yet' : 'No update matches the filter';
}
