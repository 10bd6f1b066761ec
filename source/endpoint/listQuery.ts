// The query of ListServices: filters, sorting and item-offset paging, validated like the API
// does (a bad value is a 400 ModelArts.0101 naming the parameter).
import type { ServiceDetail, ServiceSummary } from '../api/types.js';

export interface ListQuery {
	serviceId?: string;
	serviceName?: string;
	modelId?: string;
	inferType?: string;
	status?: string;
	sortBy: 'publish_at' | 'service_name' | 'transition_at';
	order: 'asc' | 'desc';
	offset: number;
	limit: number;
}

export interface QueryProblem {
	name: string;
	value: string;
	expected: string;
}

export const defaultListLimit = 1000;

const sortKeys = ['publish_at', 'service_name', 'transition_at'] as const;
const inferTypes = ['real-time', 'batch', 'edge'];

function integerIn(value: string | undefined, min: number, max: number): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value)) return Number.NaN;
	const number = Number(value);
	return number >= min && number <= max ? number : Number.NaN;
}

export function parseListQuery(
	get: (name: string) => string | undefined,
): ListQuery | QueryProblem {
	const offset = integerIn(get('offset'), 0, Number.MAX_SAFE_INTEGER) ?? 0;
	if (Number.isNaN(offset))
		return { name: 'offset', value: get('offset') ?? '', expected: 'an integer ≥ 0' };
	const limit = integerIn(get('limit'), 1, defaultListLimit) ?? defaultListLimit;
	if (Number.isNaN(limit))
		return { name: 'limit', value: get('limit') ?? '', expected: 'an integer 1..1000' };

	const sortBy = get('sort_by') ?? 'publish_at';
	if (!(sortKeys as readonly string[]).includes(sortBy)) {
		return { name: 'sort_by', value: sortBy, expected: sortKeys.join(', ') };
	}
	const order = get('order') ?? 'desc';
	if (order !== 'asc' && order !== 'desc')
		return { name: 'order', value: order, expected: 'asc or desc' };
	const inferType = get('infer_type');
	if (inferType !== undefined && !inferTypes.includes(inferType)) {
		return { name: 'infer_type', value: inferType, expected: inferTypes.join(', ') };
	}

	return {
		serviceId: get('service_id'),
		serviceName: get('service_name'),
		modelId: get('model_id'),
		inferType,
		status: get('status'),
		sortBy: sortBy as ListQuery['sortBy'],
		order,
		offset,
		limit,
	};
}

function matches(service: ServiceDetail, query: ListQuery): boolean {
	const name = query.serviceName?.toLowerCase();
	if (query.serviceId && service.service_id !== query.serviceId) return false;
	if (name && !service.service_name.toLowerCase().includes(name)) return false;
	if (query.inferType && service.infer_type !== query.inferType) return false;
	if (query.status && service.status !== query.status) return false;
	if (query.modelId && !service.config?.some((each) => each.model_id === query.modelId))
		return false;
	return true;
}

function compare(left: ServiceDetail, right: ServiceDetail, sortBy: ListQuery['sortBy']): number {
	const a = left[sortBy] ?? 0;
	const b = right[sortBy] ?? 0;
	if (a < b) return -1;
	if (a > b) return 1;
	return left.service_id < right.service_id ? -1 : 1;
}

/** A list item: the detail without what only ShowService returns. */
export function toSummary(detail: ServiceDetail): ServiceSummary {
	const { config, access_address, cluster_id, error_msg, update_time, ...summary } = detail;
	return summary;
}

export function selectServices(services: ServiceDetail[], query: ListQuery) {
	const direction = query.order === 'asc' ? 1 : -1;
	const matching = services
		.filter((each) => matches(each, query))
		.sort((left, right) => direction * compare(left, right, query.sortBy));
	const page = matching.slice(query.offset, query.offset + query.limit).map(toSummary);

	return { total_count: matching.length, count: page.length, services: page };
}
