import { useMemo } from 'react';
import { type DiffLine, diffEntries } from '../../presentation/entryDiff.js';
import { formatTimestamp } from '../../presentation/time.js';
import { glyphs } from '../../terminal/glyphs.js';
import { resolveCursor } from '../list/listCursor.js';
import type { ListRow } from '../list/listRow.js';
import { usePaneInput } from '../list/usePaneInput.js';
import type { DiffPane as DiffPaneState } from '../state/panes.js';
import type { LogData } from './logData.js';
import { listHeight, type PaneProps } from './paneProps.js';
import { ScrollPane } from './ScrollPane.js';

export const diffTitle = 'Changes since the previous update';

const marks = { added: '+', removed: '-', changed: '~', 'same-note': ' ' } as const;
const tones = { added: 'ok', removed: 'bad', changed: 'warn', 'same-note': 'muted' } as const;

function diffRow(line: DiffLine, index: number): ListRow {
	const change =
		line.kind === 'changed'
			? `: ${line.before ?? glyphs.none} ${glyphs.arrowRight} ${line.after ?? glyphs.none}`
			: line.kind === 'added' && line.after
				? `: ${line.after}`
				: line.kind === 'removed' && line.before
					? `: ${line.before}`
					: '';
	return {
		key: String(index),
		segments: [
			{ text: `${marks[line.kind]} `, tone: tones[line.kind] },
			{ text: `${line.path}${change}` },
		],
	};
}

export function DiffPane(props: PaneProps<DiffPaneState> & { log: LogData }) {
	const { pane, state, latest, isActive, width, height, dispatch, log } = props;
	const entry = log.entryAt(pane.updateTime);
	const previous = entry ? log.previousOf(entry) : undefined;
	const rows = useMemo(
		() => (entry ? diffEntries(previous, entry).map(diffRow) : []),
		[entry, previous],
	);
	const keys = useMemo(() => rows.map((row) => row.key), [rows]);
	const pageSize = listHeight(height, 2);
	const { index, top } = resolveCursor(pane.cursor, keys, pageSize);

	usePaneInput({ isActive, latest, list: { keys, pageSize }, dispatch }, () => {});

	const to = formatTimestamp(pane.updateTime, state.timeZone);
	const span = previous
		? `${formatTimestamp(previous.update_time, state.timeZone)} ${glyphs.arrowRight} ${to}`
		: to;

	return (
		<ScrollPane
			title={diffTitle}
			detail={span}
			rows={rows}
			index={index}
			top={top}
			pageSize={pageSize}
			width={width}
			height={height}
			emptyText="This update is no longer in the log"
			log={log}
			notice={state.notice}
		/>
	);
}
