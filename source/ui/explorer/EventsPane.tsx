import { useMemo } from 'react';
import type { ModelArtsApi } from '../../client/modelArtsApi.js';
import { formatTimestamp } from '../../presentation/time.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { useFailureEvents } from '../hooks/useFailureEvents.js';
import { detailRows } from '../list/detailRows.js';
import { resolveCursor } from '../list/listCursor.js';
import { usePaneInput } from '../list/usePaneInput.js';
import { rowTextWidth } from '../list/WindowedList.js';
import type { EventsPane as EventsPaneState } from '../state/panes.js';
import { savedFileEventsText } from './entryCommands.js';
import type { LogData } from './logData.js';
import { listHeight, type PaneProps } from './paneProps.js';
import { ScrollPane } from './ScrollPane.js';

export const eventsTitle = 'Abnormal events';

export function EventsPane(
	props: PaneProps<EventsPaneState> & { log: LogData; api: ModelArtsApi },
) {
	const { pane, state, latest, isActive, width, height, dispatch, log, api } = props;
	const entry = log.entryAt(pane.updateTime);
	const found = useFailureEvents({ api, serviceId: log.serviceId, entry, log: log.live.response });
	const textWidth = rowTextWidth(width);
	const rows = useMemo(() => {
		const lines = (found.events ?? []).map((event) => ({
			label: formatTimestamp(event.occur_time, state.timeZone),
			value: `${sanitizeText(event.event_type)}: ${sanitizeText(event.event_info)}`,
		}));
		return detailRows(lines, textWidth);
	}, [found.events, state.timeZone, textWidth]);
	const keys = useMemo(() => rows.map((row) => row.key), [rows]);
	const pageSize = listHeight(height, 2);
	const { index, top } = resolveCursor(pane.cursor, keys, pageSize);

	usePaneInput({ isActive, latest, list: { keys, pageSize }, dispatch }, () => {});

	const emptyText = state.connection?.label.fileName
		? savedFileEventsText
		: entry?.result !== 'FAIL'
			? 'Events are shown for failed updates; this one did not fail'
			: found.isLoading
				? 'Loading events…'
				: found.error
					? `Could not load events: ${sanitizeText(found.error.message)}`
					: 'No abnormal events around this update';

	return (
		<ScrollPane
			title={eventsTitle}
			detail={`around ${formatTimestamp(pane.updateTime, state.timeZone)}`}
			rows={rows}
			index={index}
			top={top}
			pageSize={pageSize}
			width={width}
			height={height}
			emptyText={emptyText}
			log={log}
			notice={state.notice}
		/>
	);
}
