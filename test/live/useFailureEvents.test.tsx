import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceEvent, UpdateLogEntry } from '../../source/api/types.js';
import { ServerError } from '../../source/client/clientErrors.js';
import type { EventQuery } from '../../source/client/modelArtsApi.js';
import { failureEventQuery } from '../../source/live/failureEventWindow.js';
import { useFailureEvents } from '../../source/ui/hooks/useFailureEvents.js';
import { createFakeUpdateLogApi } from './fakeUpdateLogApi.js';
import { entry, t0, updateLog } from './updateLogFixtures.js';

const minute = 60_000;
const log = updateLog(entry(t0 + 10 * minute, 'SUCCESS'), entry(t0, 'FAIL'));

function FailureEventsProbe(props: {
	api: ReturnType<typeof createFakeUpdateLogApi>;
	entry?: UpdateLogEntry;
}) {
	const state = useFailureEvents({ api: props.api, serviceId: 'svc-1', entry: props.entry, log });
	if (state.isLoading) return <Text>loading</Text>;
	if (state.error) return <Text>error: {state.error.message}</Text>;
	return <Text>{(state.events ?? []).map((event) => event.event_info).join('\n') || 'none'}</Text>;
}

function apiWithEvents(events: ServiceEvent[]) {
	const api = createFakeUpdateLogApi(log);
	const queries: EventQuery[] = [];
	api.listEvents = async (_serviceId, query = {}) => {
		queries.push(query);
		return { events };
	};
	return { api, queries };
}

afterEach(() => cleanup());

describe('failureEventQuery', () => {
	it('asks for abnormal events from when the update started until the next one started', () => {
		expect(failureEventQuery(entry(t0, 'FAIL'), log)).toEqual({
			event_type: 'abnormal',
			start_time: t0 - 1_000,
			end_time: t0 + 10 * minute - 1,
			limit: 200,
		});
	});

	it('looks an hour ahead for the newest update', () => {
		const query = failureEventQuery(entry(t0 + 10 * minute, 'FAIL'), log);
		expect(query.end_time).toBe(t0 + 70 * minute);
	});
});

describe('useFailureEvents', () => {
	it('fetches the abnormal events of a failed update, oldest first', async () => {
		const { api, queries } = apiWithEvents([
			{ event_type: 'abnormal', event_info: 'rolled back', occur_time: t0 + 3 * minute },
			{ event_type: 'abnormal', event_info: 'OOMKilled', occur_time: t0 + 2 * minute },
		]);
		const { lastFrame } = render(<FailureEventsProbe api={api} entry={log.logs[1]} />);

		await vi.waitFor(() => expect(lastFrame()).toBe('OOMKilled\nrolled back'));
		expect(queries).toEqual([failureEventQuery(entry(t0, 'FAIL'), log)]);
	});

	it('fetches nothing for an update that did not fail', async () => {
		const { api, queries } = apiWithEvents([]);
		const { lastFrame, rerender } = render(<FailureEventsProbe api={api} entry={log.logs[0]} />);
		await vi.waitFor(() => expect(lastFrame()).toBe('none'));

		rerender(<FailureEventsProbe api={api} entry={log.logs[1]} />);
		await vi.waitFor(() => expect(queries).toHaveLength(1));
		expect(queries[0]?.start_time).toBe(t0 - 1_000);
	});

	it('says what failed', async () => {
		const { api } = apiWithEvents([]);
		api.listEvents = async () => {
			throw new ServerError('ModelArts answered 502', { status: 502 });
		};
		const { lastFrame } = render(<FailureEventsProbe api={api} entry={log.logs[1]} />);

		await vi.waitFor(() => expect(lastFrame()).toBe('error: ModelArts answered 502'));
	});
});
