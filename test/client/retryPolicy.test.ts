import { describe, expect, it } from 'vitest';
import { listAllServices } from '../../source/client/listAllServices.js';
import {
	defaultRetryPolicy,
	parseRetryAfter,
	retryDelay,
} from '../../source/client/retryPolicy.js';

describe('retryDelay', () => {
	const policy = defaultRetryPolicy;

	it('backs off exponentially with jitter between half and all of the ceiling', () => {
		expect(retryDelay(policy, 1, 0, undefined, () => 0)).toBe(150);
		expect(retryDelay(policy, 1, 0, undefined, () => 0.999)).toBe(300);
		expect(retryDelay(policy, 2, 0, undefined, () => 0.999)).toBe(600);
	});

	it('stops after the last attempt and when the total time would be exceeded', () => {
		expect(retryDelay(policy, policy.maxAttempts, 0)).toBeUndefined();
		expect(retryDelay(policy, 1, policy.maxTotalMs)).toBeUndefined();
	});

	it('honours Retry-After up to the cap, and gives up beyond it', () => {
		expect(retryDelay(policy, 1, 0, 2_000)).toBe(2_000);
		expect(retryDelay(policy, 1, 0, policy.maxRetryAfterMs + 1)).toBeUndefined();
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('3')).toBe(3_000);
		const now = Date.parse('2026-12-03T12:00:00Z');
		expect(parseRetryAfter('Thu, 03 Dec 2026 12:00:05 GMT', now)).toBe(5_000);
		expect(parseRetryAfter(null)).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
	});
});

describe('listAllServices', () => {
	const service = (id: number) => ({ service_id: `s${id}`, service_name: `n${id}` });

	it('stops when a page brings nothing new, even if total_count says there is more', async () => {
		const offsets: number[] = [];
		const services = await listAllServices(
			async (query) => {
				offsets.push(query.offset ?? 0);
				return { total_count: 10, count: 2, services: [service(1), service(2)] };
			},
			{},
			{},
			2,
		);
		expect(services.map((each) => each.service_id)).toEqual(['s1', 's2']);
		expect(offsets).toEqual([0, 2]);
	});

	it('passes the filter and stops at total_count', async () => {
		const names: Array<string | undefined> = [];
		const services = await listAllServices(
			async (query) => {
				names.push(query.service_name);
				const start = query.offset ?? 0;
				return {
					total_count: 3,
					count: 2,
					services: [service(start), service(start + 1)].slice(0, 3 - start),
				};
			},
			{ service_name: 'x' },
			{},
			2,
		);
		expect(services).toHaveLength(3);
		expect(names).toEqual(['x', 'x']);
	});
});
