// A ModelArtsApi over one saved update-log response, so the explorer works offline exactly as
// it does online: one service, its log, no events.
import type {
	ServiceDetail,
	ServiceEventsResponse,
	ServiceSummary,
	UpdateLogsResponse,
} from '../api/types.js';
import type { ModelArtsApi } from '../client/modelArtsApi.js';

export function createFileApi(saved: UpdateLogsResponse): ModelArtsApi {
	const service: ServiceSummary = {
		service_id: saved.service_id,
		service_name: saved.service_name,
		infer_type: saved.logs.some((entry) => entry.result_detail) ? 'edge' : 'real-time',
	};

	return {
		async listServices() {
			return [service];
		},
		async showService(): Promise<ServiceDetail> {
			return service;
		},
		async showUpdateLogs(_serviceId, query) {
			if (query?.updateTime === undefined) return saved;
			const logs = saved.logs.filter((entry) => entry.update_time === query.updateTime);
			return { ...saved, logs };
		},
		async listEvents(): Promise<ServiceEventsResponse> {
			return { events: [], total_count: 0, count: 0 };
		},
	};
}
