// The frame the nested panes share: a title with the position, the rows in view, and the
// refresh status line; the pane supplies its rows and its words.
import { Box } from 'ink';
import { positionText } from '../../presentation/updateLogRows.js';
import { PaneTitle } from '../layout/PaneTitle.js';
import type { ListRow } from '../list/listRow.js';
import { WindowedList } from '../list/WindowedList.js';
import type { Notice } from '../state/appState.js';
import type { LogData } from './logData.js';
import { RefreshStatusLine } from './RefreshStatusLine.js';

export interface ScrollPaneProps {
	title: string;
	detail?: string;
	/** Every row of the pane; only the ones in view are drawn. */
	rows: readonly ListRow[];
	index: number;
	top: number;
	pageSize: number;
	width: number;
	height: number;
	emptyText: string;
	log: LogData;
	notice?: Notice;
}

export function ScrollPane(props: ScrollPaneProps) {
	const { rows, index, top, pageSize, width, height } = props;
	return (
		<Box flexDirection="column" height={height}>
			<PaneTitle
				title={props.title}
				detail={props.detail}
				right={positionText(top + 1, Math.min(top + pageSize, rows.length), rows.length)}
				width={width}
			/>
			<WindowedList
				rows={rows.slice(top, top + pageSize)}
				selectedOffset={index - top}
				height={pageSize}
				width={width}
				emptyText={props.emptyText}
			/>
			<RefreshStatusLine
				live={props.log.live}
				source={props.log.source}
				notice={props.notice}
				width={width}
			/>
		</Box>
	);
}
