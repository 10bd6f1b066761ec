import type {
	EventType,
	ListServicesResponse,
	ServiceDetail,
	ServiceEventsResponse,
	ServiceSummary,
	UpdateLogsResponse,
} from '../api/types.js';

export interface ServiceFilter {
	service_name?: string;
	infer_type?: string;
	status?: string;
	model_id?: string;
	sort_by?: 'publish_at' | 'service_name' | 'transition_at';
	order?: 'asc' | 'desc';
}

export interface EventQuery {
	event_type?: EventType;
	start_time?: number;
	end_time?: number;
	offset?: number;
	limit?: number;
}

export interface RequestOptions {
	signal?: AbortSignal;
}

/**
 * What the rest of malog needs from ModelArts. The HTTP client implements it; so do the offline
 * file reader and the fakes used by component tests.
 */
export interface ModelArtsApi {
	/** Every service, following offset/limit pages until total_count is reached. */
	listServices(filter?: ServiceFilter, options?: RequestOptions): Promise<ServiceSummary[]>;
	/** One page, as the API returns it (for `malog services --json` and `profile test`). */
	listServicesPage?(
		query: ServiceFilter & { offset?: number; limit?: number },
		options?: RequestOptions,
	): Promise<ListServicesResponse>;
	showService(serviceId: string, options?: RequestOptions): Promise<ServiceDetail>;
	showUpdateLogs(
		serviceId: string,
		query?: { updateTime?: number },
		options?: RequestOptions,
	): Promise<UpdateLogsResponse>;
	listEvents(
		serviceId: string,
		query?: EventQuery,
		options?: RequestOptions,
	): Promise<ServiceEventsResponse>;
}
