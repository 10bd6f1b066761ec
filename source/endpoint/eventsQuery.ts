// The query of ShowServiceEvents: type and time-window filters, occur_time order, paging.
import type { ServiceEvent } from '../api/types.js';
import type { QueryProblem } from './listQuery.js';

export interface EventsQuery {
	eventType?: string;
	startTime?: number;
	endTime?: number;
	order: 'asc' | 'desc';
	offset: number;
	limit: number;
}

function parseInteger(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

export function parseEventsQuery(
	get: (name: string) => string | undefined,
): EventsQuery | QueryProblem {
	const eventType = get('event_type');
	if (eventType !== undefined && eventType !== 'normal' && eventType !== 'abnormal') {
		return { name: 'event_type', value: eventType, expected: 'normal or abnormal' };
	}
	const order = get('order') ?? 'desc';
	if (order !== 'asc' && order !== 'desc')
		return { name: 'order', value: order, expected: 'asc or desc' };
	const sortBy = get('sort_by') ?? 'occur_time';
	if (sortBy !== 'occur_time') return { name: 'sort_by', value: sortBy, expected: 'occur_time' };

	const numbers = { start_time: 0, end_time: 0, offset: 0, limit: 0 };
	for (const name of Object.keys(numbers) as (keyof typeof numbers)[]) {
		const value = parseInteger(get(name));
		if (Number.isNaN(value)) return { name, value: get(name) ?? '', expected: 'an integer ≥ 0' };
		numbers[name] = value ?? -1;
	}
	if (numbers.limit === 0) return { name: 'limit', value: '0', expected: 'an integer ≥ 1' };

	return {
		eventType,
		startTime: numbers.start_time < 0 ? undefined : numbers.start_time,
		endTime: numbers.end_time < 0 ? undefined : numbers.end_time,
		order,
		offset: Math.max(0, numbers.offset),
		limit: numbers.limit < 0 ? 1000 : numbers.limit,
	};
}

export function selectEvents(events: ServiceEvent[], query: EventsQuery) {
	const matching = events.filter(
		(each) =>
			(query.eventType === undefined || each.event_type === query.eventType) &&
			(query.startTime === undefined || each.occur_time >= query.startTime) &&
			(query.endTime === undefined || each.occur_time <= query.endTime),
	);
	const ordered = query.order === 'asc' ? matching : [...matching].reverse();
	const page = ordered.slice(query.offset, query.offset + query.limit);

	return { total_count: matching.length, count: page.length, events: page };
}
