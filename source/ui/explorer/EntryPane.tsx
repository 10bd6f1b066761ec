import { useMemo } from 'react';
import type { UpdateLogEntry } from '../../api/types.js';
import { entrySummaryLines } from '../../presentation/configDetail.js';
import { instancesText, modelsText, specificationText } from '../../presentation/modelSummary.js';
import { hasNodeResults, nodeCountsText } from '../../presentation/nodeResults.js';
import { resultLook } from '../../presentation/resultTone.js';
import { formatTimestamp } from '../../presentation/time.js';
import { glyphs } from '../../terminal/glyphs.js';
import { isAction } from '../keys/matchKey.js';
import { detailRows } from '../list/detailRows.js';
import { resolveCursor } from '../list/listCursor.js';
import type { ListRow } from '../list/listRow.js';
import { usePaneInput } from '../list/usePaneInput.js';
import { rowTextWidth } from '../list/WindowedList.js';
import { type EntryPane as EntryPaneState, newPane } from '../state/panes.js';
import type { EntryCommands } from './entryCommands.js';
import type { LogData } from './logData.js';
import { listHeight, type PaneProps } from './paneProps.js';
import { ScrollPane } from './ScrollPane.js';

export interface EntryPaneProps extends PaneProps<EntryPaneState> {
	log: LogData;
	commands: EntryCommands;
	maskAllEnvs: boolean;
}

export function entryTitle(entry: UpdateLogEntry | undefined, zone: 'utc' | 'local'): string {
	if (!entry) return 'Update';
	const look = resultLook(entry.result);
	return `Update ${formatTimestamp(entry.update_time, zone)} ${look.resultSymbol} ${look.result}`;
}

function openableRows(entry: UpdateLogEntry): ListRow[] {
	const configs = Array.isArray(entry.config) ? entry.config : [];
	const rows: ListRow[] = configs.map((config, index) => ({
		key: `config-${index}`,
		segments: [
			{ text: `${glyphs.arrowRight} config ${index + 1}: `, tone: 'accent' },
			{
				text:
					`${modelsText([config])}  ${instancesText([config])} inst  ` +
					specificationText([config]),
			},
		],
	}));
	if (hasNodeResults(entry)) {
		rows.push({
			key: 'nodes',
			segments: [
				{ text: `${glyphs.arrowRight} edge node results: `, tone: 'accent' },
				{ text: nodeCountsText(entry) },
			],
		});
	}
	return rows;
}

export function EntryPane(props: EntryPaneProps) {
	const { pane, state, latest, isActive, width, height, dispatch, log, commands, maskAllEnvs } =
		props;
	const entry = log.entryAt(pane.updateTime);
	const textWidth = rowTextWidth(width);
	const rows = useMemo(() => {
		if (!entry) return [];
		const summary = entrySummaryLines(entry, { zone: state.timeZone, maskAllEnvs });
		return [...openableRows(entry), ...detailRows(summary, textWidth, 'field-')];
	}, [entry, state.timeZone, maskAllEnvs, textWidth]);
	const keys = useMemo(() => rows.map((row) => row.key), [rows]);
	const pageSize = listHeight(height, 2);
	const { index, top } = resolveCursor(pane.cursor, keys, pageSize);

	usePaneInput(
		{ isActive, latest, list: { keys, pageSize }, dispatch },
		(input, key, selectedIndex) => {
			if (!entry) return;
			const selectedKey = keys[selectedIndex] ?? '';
			if (isAction('open', input, key) && selectedKey.startsWith('config-')) {
				const configIndex = Number(selectedKey.slice('config-'.length));
				dispatch({
					type: 'push',
					pane: newPane.config(entry.update_time, configIndex),
					selectedKey,
				});
			} else if (isAction('open', input, key) && selectedKey === 'nodes') {
				dispatch({ type: 'push', pane: newPane.nodes(entry.update_time), selectedKey });
			} else commands.handle(entry, input, key);
		},
	);

	return (
		<ScrollPane
			title={entryTitle(entry, state.timeZone)}
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
