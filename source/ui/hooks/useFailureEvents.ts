// The abnormal events around a failed update, fetched once when the user opens the events view
// (mount the component that calls this only then). Nothing is fetched for an entry that did not
// fail, and the request is abandoned when the view closes.
import { useEffect, useState } from 'react';
import type { ServiceEvent, UpdateLogEntry, UpdateLogsResponse } from '../../api/types.js';
import type { ModelArtsApi } from '../../client/modelArtsApi.js';
import { failureEventLimit, failureEventQuery } from '../../live/failureEventWindow.js';

export interface UseFailureEventsOptions {
	api: ModelArtsApi;
	serviceId: string;
	entry?: UpdateLogEntry;
	/** The whole log, so the window ends where the next update started. */
	log?: UpdateLogsResponse;
}

export interface FailureEventsState {
	/** Oldest first. */
	events?: ServiceEvent[];
	error?: { message: string; at: number };
	isLoading: boolean;
}

export function useFailureEvents(options: UseFailureEventsOptions): FailureEventsState {
	const { api, serviceId, entry, log } = options;
	const [state, setState] = useState<FailureEventsState>({ isLoading: false });
	const isFailure = entry?.result === 'FAIL';
	const query = entry && isFailure ? failureEventQuery(entry, log) : undefined;
	const { start_time: startTime, end_time: endTime } = query ?? {};

	useEffect(() => {
		if (startTime === undefined || endTime === undefined) {
			setState({ isLoading: false });
			return;
		}
		const controller = new AbortController();
		const eventQuery = {
			event_type: 'abnormal' as const,
			start_time: startTime,
			end_time: endTime,
			limit: failureEventLimit,
		};
		setState({ isLoading: true });

		api
			.listEvents(serviceId, eventQuery, { signal: controller.signal })
			.then((response) => {
				const events = [...response.events].sort((a, b) => a.occur_time - b.occur_time);
				if (!controller.signal.aborted) setState({ events, isLoading: false });
			})
			.catch((error: unknown) => {
				if (controller.signal.aborted) return;
				const message = error instanceof Error ? error.message : String(error);
				setState({ error: { message, at: Date.now() }, isLoading: false });
			});

		return () => controller.abort();
	}, [api, serviceId, startTime, endTime]);

	return state;
}
