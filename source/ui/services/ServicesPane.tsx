// The service picker: every service of the project, filtered as you type.
import { Box } from 'ink';
import { useMemo } from 'react';
import type { ModelArtsApi } from '../../client/modelArtsApi.js';
import { filterServices } from '../../presentation/serviceRows.js';
import { formatTimestamp } from '../../presentation/time.js';
import { positionText } from '../../presentation/updateLogRows.js';
import { truncateToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { listHeight, type PaneProps } from '../explorer/paneProps.js';
import { filterLabel } from '../filter/filterLabel.js';
import { useServices } from '../hooks/useServices.js';
import { isAction } from '../keys/matchKey.js';
import { PaneTitle } from '../layout/PaneTitle.js';
import { StatusLine } from '../layout/StatusLine.js';
import { wrapToWidth } from '../list/detailRows.js';
import { resolveCursor } from '../list/listCursor.js';
import { type ListRow, textRow } from '../list/listRow.js';
import { usePaneInput } from '../list/usePaneInput.js';
import { rowTextWidth, WindowedList } from '../list/WindowedList.js';
import { frontPane } from '../state/appState.js';
import { newPane, type ServicesPane as ServicesPaneState } from '../state/panes.js';
import { serviceHeaderRow, serviceListRow, serviceWidths } from './serviceListRows.js';

export const servicesTitle = 'Services';

export function ServicesPane(props: PaneProps<ServicesPaneState> & { api: ModelArtsApi }) {
	const { pane, state, latest, isActive, width, height, dispatch, api } = props;
	const fetched = useServices(api);
	const services = useMemo(
		() => filterServices(fetched.services ?? [], pane.filter.text),
		[fetched.services, pane.filter.text],
	);
	const keys = useMemo(() => services.map((service) => service.service_id), [services]);
	const pageSize = listHeight(height);
	const { index, top } = resolveCursor(pane.cursor, keys, pageSize);

	// Keys typed ahead of the frame ("/demo" then Enter) act on the list as it is by then.
	const selectedNow = () => {
		const now = frontPane(latest());
		const filterText = now.kind === 'services' ? now.filter.text : pane.filter.text;
		const list = filterServices(fetched.services ?? [], filterText);
		const ids = list.map((service) => service.service_id);
		return list[resolveCursor(now.cursor, ids, pageSize).index];
	};
	usePaneInput({ isActive, latest, list: { keys, pageSize }, dispatch }, (input, key) => {
		const selected = selectedNow();
		if (isAction('open', input, key) && selected) {
			dispatch({
				type: 'push',
				pane: newPane.updateLog(selected.service_id, selected.service_name, selected.status),
				selectedKey: selected.service_id,
			});
		} else if (isAction('services.refresh', input, key)) fetched.refresh();
		else if (isAction('services.filter', input, key)) {
			dispatch({ type: 'filter', edit: { kind: 'start' } });
		}
	});

	const widths = serviceWidths(rowTextWidth(width));
	const rows = services
		.slice(top, top + pageSize)
		.map((service) => serviceListRow(service, widths, state.timeZone));
	const total = fetched.services?.length ?? 0;
	// A failed fetch with nothing to show is not an empty project: say what went wrong, in full.
	const failure = !fetched.isLoading && total === 0 ? fetched.error : undefined;
	const bodyRows = failure ? failureRows(failure.message, rowTextWidth(width), pageSize) : rows;
	const emptyText = fetched.isLoading
		? 'Loading services…'
		: total === 0
			? 'No services in this project'
			: `No service matches "${pane.filter.text}"`;

	return (
		<Box flexDirection="column" height={height}>
			<PaneTitle
				title={servicesTitle}
				detail={filterLabel(pane.filter)}
				right={positionText(top + 1, Math.min(top + pageSize, keys.length), keys.length)}
				width={width}
			/>
			<WindowedList rows={[serviceHeaderRow(widths)]} height={1} width={width} />
			<WindowedList
				rows={bodyRows}
				selectedOffset={failure ? undefined : index - top}
				height={pageSize}
				width={width}
				emptyText={emptyText}
			/>
			<StatusLine
				left={
					fetched.error ? `could not list services: ${fetched.error.message}` : state.notice?.text
				}
				leftTone={fetched.error ? 'error' : undefined}
				right={servicesStatus(fetched.isLoading, total, fetched.fetchedAt)}
				width={width}
			/>
		</Box>
	);
}

/** "Could not list services", the whole message wrapped, and how to try again, in `height` rows. */
export function failureRows(message: string, width: number, height: number): ListRow[] {
	const heading = textRow('failure', 'Could not list services:', 'error');
	const retry = textRow('retry', 'Ctrl-r tries again', 'muted');
	const room = Math.max(1, height - 3);
	const pieces = wrapToWidth(sanitizeText(message), width);
	const shown =
		pieces.length > room
			? [...pieces.slice(0, room - 1), truncateToWidth(pieces.slice(room - 1).join(''), width)]
			: pieces;
	const messageRows = shown.map((piece, part) => textRow(`message.${part}`, piece, 'error'));
	if (height < 3) return [heading, retry].slice(0, Math.max(1, height));
	return [heading, ...messageRows, textRow('gap', ''), retry].slice(-height);
}

function servicesStatus(isLoading: boolean, total: number, fetchedAt: number | undefined): string {
	if (isLoading) return 'loading…';
	if (fetchedAt === undefined) return '';
	const time = formatTimestamp(fetchedAt, 'local').slice(11);
	return `${total.toLocaleString('en-US')} services, fetched ${time}`;
}
