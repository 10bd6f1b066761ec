// Everything under one service: the update log and the panes opened from it. The log is kept
// fresh here, below the panes, so a refresh never resets an open pane.
import { useEffect } from 'react';
import type { ModelArtsApi } from '../../client/modelArtsApi.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { useUpdateLog } from '../hooks/useUpdateLog.js';
import type { UpdateLogPane as UpdateLogPaneState } from '../state/panes.js';
import { ConfigPane } from './ConfigPane.js';
import { DiffPane } from './DiffPane.js';
import { EntryPane } from './EntryPane.js';
import { EventsPane } from './EventsPane.js';
import { useEntryCommands } from './entryCommands.js';
import { useLogData } from './logData.js';
import { NodesPane } from './NodesPane.js';
import type { PaneProps } from './paneProps.js';
import { UpdateLogPane } from './UpdateLogPane.js';

export interface ExplorerOptions {
	maskAllEnvs: boolean;
	intervalSeconds?: number;
	bell: boolean;
}

export interface ServiceExplorerProps extends PaneProps<UpdateLogPaneState> {
	api: ModelArtsApi;
	options: ExplorerOptions;
}

export function ServiceExplorer(props: ServiceExplorerProps) {
	const { pane: logPane, state, api, options, dispatch } = props;
	const live = useUpdateLog({
		api,
		serviceId: logPane.serviceId,
		serviceStatus: logPane.serviceStatus,
		intervalSeconds: options.intervalSeconds,
		bell: options.bell,
	});
	const source = state.connection?.label.fileName ? 'file' : 'live';
	const log = useLogData(live, logPane.serviceId, logPane.serviceName, state.timeZone, source);
	const commands = useEntryCommands({
		serviceName: log.serviceName,
		maskAllEnvs: options.maskAllEnvs,
		isSavedFile: source === 'file',
		dispatch,
	});
	// Cleaned here: the name goes into the pane stack and from there into the header.
	const loadedName = sanitizeText(live.response?.service_name);
	// Opened by id (--service): the header names the service once the log says its name.
	useEffect(() => {
		if (loadedName && !logPane.serviceName) {
			dispatch({ type: 'nameService', serviceId: logPane.serviceId, serviceName: loadedName });
		}
	}, [loadedName, logPane.serviceName, logPane.serviceId, dispatch]);
	const front = state.stack.at(-1) ?? logPane;
	const shared = {
		state,
		latest: props.latest,
		isActive: props.isActive,
		width: props.width,
		height: props.height,
		dispatch,
	};
	const maskAllEnvs = options.maskAllEnvs;

	switch (front.kind) {
		case 'entry':
			return (
				<EntryPane
					{...shared}
					pane={front}
					log={log}
					commands={commands}
					maskAllEnvs={maskAllEnvs}
				/>
			);
		case 'config':
			return <ConfigPane {...shared} pane={front} log={log} maskAllEnvs={maskAllEnvs} />;
		case 'nodes':
			return <NodesPane {...shared} pane={front} log={log} />;
		case 'diff':
			return <DiffPane {...shared} pane={front} log={log} />;
		case 'events':
			return <EventsPane {...shared} pane={front} log={log} api={api} />;
		default:
			return <UpdateLogPane {...shared} pane={logPane} log={log} commands={commands} />;
	}
}
