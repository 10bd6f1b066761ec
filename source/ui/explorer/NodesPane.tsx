// The per-node outcome of an edge update, failures first; x keeps only the failures.
import { Box } from 'ink';
import { useMemo } from 'react';
import type { ColumnSpec } from '../../presentation/columns.js';
import { nodeCounts, nodeResultRows } from '../../presentation/nodeResults.js';
import { positionText } from '../../presentation/updateLogRows.js';
import { isAction } from '../keys/matchKey.js';
import { PaneTitle } from '../layout/PaneTitle.js';
import { cellsToSegments, tableWidths } from '../list/columnCells.js';
import { resolveCursor } from '../list/listCursor.js';
import type { ListRow } from '../list/listRow.js';
import { usePaneInput } from '../list/usePaneInput.js';
import { rowTextWidth, WindowedList } from '../list/WindowedList.js';
import type { NodesPane as NodesPaneState } from '../state/panes.js';
import type { LogData } from './logData.js';
import { listHeight, type PaneProps } from './paneProps.js';
import { RefreshStatusLine } from './RefreshStatusLine.js';

const columns: ColumnSpec[] = [
	{ min: 9, max: 9, priority: 9 },
	{ min: 14, grow: 2, priority: 8 },
	{ min: 12, grow: 1, max: 40, priority: 1 },
	{ min: 9, max: 9, priority: 5 },
];

export const nodesTitle = 'Edge node results';

export function NodesPane(props: PaneProps<NodesPaneState> & { log: LogData }) {
	const { pane, state, latest, isActive, width, height, dispatch, log } = props;
	const entry = log.entryAt(pane.updateTime);
	const nodes = useMemo(
		() => (entry ? nodeResultRows(entry, { failuresOnly: pane.isFailuresOnly }) : []),
		[entry, pane.isFailuresOnly],
	);
	const keys = useMemo(() => nodes.map((node) => node.key), [nodes]);
	const pageSize = listHeight(height);
	const { index, top } = resolveCursor(pane.cursor, keys, pageSize);

	usePaneInput({ isActive, latest, list: { keys, pageSize }, dispatch }, (input, key) => {
		if (isAction('nodes.failuresOnly', input, key)) dispatch({ type: 'toggleFailuresOnly' });
	});

	const widths = tableWidths(rowTextWidth(width), columns);
	const header: ListRow = {
		key: 'header',
		segments: cellsToSegments(
			['RESULT', 'NODE', 'NODE ID', 'OPERATION'].map((text) => ({ text, tone: 'muted' as const })),
			widths,
		),
	};
	const rows: ListRow[] = nodes.slice(top, top + pageSize).map((node) => ({
		key: node.key,
		segments: cellsToSegments(
			[
				{
					text: `${node.symbol} ${node.ok === undefined ? '?' : node.ok ? 'ok' : 'FAILED'}`,
					tone: node.ok === false ? 'bad' : node.ok ? 'ok' : 'warn',
				},
				{ text: node.name },
				{ text: node.id, tone: 'muted' },
				{ text: node.operation },
			],
			widths,
		),
	}));
	const counts = entry ? nodeCounts(entry) : { succeeded: 0, failed: 0, total: 0 };

	return (
		<Box flexDirection="column" height={height}>
			<PaneTitle
				title={`${nodesTitle}: ${counts.succeeded} succeeded, ${counts.failed} failed`}
				detail={pane.isFailuresOnly ? 'failures only' : ''}
				right={positionText(top + 1, Math.min(top + pageSize, keys.length), keys.length)}
				width={width}
			/>
			<WindowedList rows={[header]} height={1} width={width} />
			<WindowedList
				rows={rows}
				selectedOffset={index - top}
				height={pageSize}
				width={width}
				emptyText={pane.isFailuresOnly ? 'No node failed' : 'No node results in this update'}
			/>
			<RefreshStatusLine live={log.live} source={log.source} notice={state.notice} width={width} />
		</Box>
	);
}
