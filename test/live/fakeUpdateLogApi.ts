// A ModelArtsApi whose update log the test edits between refreshes, and which can be told to
// fail the next requests. It counts requests and how many are in flight at once.
import type { UpdateLogsResponse } from '../../source/api/types.js';
import type { ModelArtsApi, RequestOptions } from '../../source/client/modelArtsApi.js';

export interface FakeUpdateLogApi extends ModelArtsApi {
	log: UpdateLogsResponse;
	/** Errors thrown by the next requests, first in first out. */
	failures: Error[];
	requestCount: number;
	maxInFlight: number;
	abortedCount: number;
}

export function createFakeUpdateLogApi(log: UpdateLogsResponse): FakeUpdateLogApi {
	let inFlight = 0;
	const api: FakeUpdateLogApi = {
		log,
		failures: [],
		requestCount: 0,
		maxInFlight: 0,
		abortedCount: 0,
		listServices: async () => [],
		showService: async () => ({ service_id: log.service_id, service_name: log.service_name }),
		listEvents: async () => ({ events: [] }),
		async showUpdateLogs(_serviceId, _query, options?: RequestOptions) {
			api.requestCount += 1;
			inFlight += 1;
			api.maxInFlight = Math.max(api.maxInFlight, inFlight);
			options?.signal?.addEventListener('abort', () => {
				api.abortedCount += 1;
			});

			try {
				// A turn of the event loop, as a real request would take.
				await Promise.resolve();
				const failure = api.failures.shift();
				if (failure) throw failure;
				return structuredClone(api.log);
			} finally {
				inFlight -= 1;
			}
		},
	};
	return api;
}
