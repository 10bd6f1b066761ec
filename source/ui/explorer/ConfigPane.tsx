import { useMemo } from 'react';
import { configDetailLines } from '../../presentation/configDetail.js';
import { modelsText } from '../../presentation/modelSummary.js';
import { isAction } from '../keys/matchKey.js';
import { detailRows } from '../list/detailRows.js';
import { resolveCursor } from '../list/listCursor.js';
import { usePaneInput } from '../list/usePaneInput.js';
import { rowTextWidth } from '../list/WindowedList.js';
import type { ConfigPane as ConfigPaneState } from '../state/panes.js';
import type { LogData } from './logData.js';
import { listHeight, type PaneProps } from './paneProps.js';
import { ScrollPane } from './ScrollPane.js';

export interface ConfigPaneProps extends PaneProps<ConfigPaneState> {
	log: LogData;
	maskAllEnvs: boolean;
}

export function ConfigPane(props: ConfigPaneProps) {
	const { pane, state, latest, isActive, width, height, dispatch, log, maskAllEnvs } = props;
	const entry = log.entryAt(pane.updateTime);
	const configs = Array.isArray(entry?.config) ? entry.config : [];
	const config = configs[pane.configIndex];
	const textWidth = rowTextWidth(width);
	const rows = useMemo(() => {
		if (!config) return [];
		const lines = configDetailLines(config, { revealSecrets: pane.isRevealed, maskAllEnvs });
		return detailRows(lines, textWidth);
	}, [config, pane.isRevealed, maskAllEnvs, textWidth]);
	const keys = useMemo(() => rows.map((row) => row.key), [rows]);
	const pageSize = listHeight(height, 2);
	const { index, top } = resolveCursor(pane.cursor, keys, pageSize);

	usePaneInput({ isActive, latest, list: { keys, pageSize }, dispatch }, (input, key) => {
		if (isAction('env.reveal', input, key) && !maskAllEnvs) dispatch({ type: 'toggleReveal' });
	});

	const model = config ? modelsText([config]) : '';
	const masking = maskAllEnvs
		? 'all env values hidden (--mask-all-envs)'
		: pane.isRevealed
			? 'secrets REVEALED (r hides)'
			: 'secrets masked (r reveals)';

	return (
		<ScrollPane
			title={`Config ${pane.configIndex + 1} of ${configs.length}: ${model}`}
			detail={masking}
			rows={rows}
			index={index}
			top={top}
			pageSize={pageSize}
			width={width}
			height={height}
			emptyText="This config is no longer in the log"
			log={log}
			notice={state.notice}
		/>
	);
}
