import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceEventsResponse } from '../../source/api/types.js';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { canaryServiceId } from '../../source/endpoint/fixedServices.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { servicesPath, signedGet } from './signedFetch.js';

describe('ShowServiceEvents', () => {
	let endpoint: DemoEndpoint;
	const events = async (query: string) =>
		(await signedGet(endpoint, servicesPath(endpoint, `/${canaryServiceId}/events${query}`)))
			.body as ServiceEventsResponse;

	beforeAll(async () => {
		endpoint = await startDemoEndpoint({ now: () => 1_800_000_000_000 });
	});
	afterAll(() => endpoint.close());

	it('returns the service, counts and events, newest first by default', async () => {
		const all = await events('');
		const times = all.events.map((each) => each.occur_time);

		expect(all).toMatchObject({ service_id: canaryServiceId, service_name: 'face-recognition' });
		expect(all.count).toBe(all.events.length);
		expect(all.total_count).toBe(all.events.length);
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	it('filters by event_type and by a time window, both ends included', async () => {
		const all = (await events('?order=asc')).events;
		const abnormal = await events('?event_type=abnormal');
		const from = all[2]?.occur_time ?? 0;
		const to = all[4]?.occur_time ?? 0;
		const window = await events(`?order=asc&start_time=${from}&end_time=${to}`);

		expect(abnormal.events.length).toBeGreaterThan(0);
		expect(abnormal.events.every((each) => each.event_type === 'abnormal')).toBe(true);
		expect(window.events).toEqual(all.slice(2, 5));
	});

	it('pages with offset and limit', async () => {
		const all = (await events('?order=asc')).events;
		const page = await events('?order=asc&offset=1&limit=2');

		expect(page.events).toEqual(all.slice(1, 3));
		expect(page.total_count).toBe(all.length);
		expect(page.count).toBe(2);
	});

	it.each(['event_type=fatal', 'limit=0', 'start_time=yesterday', 'order=sideways'])(
		'refuses %s with 400',
		async (query) => {
			const response = await signedGet(
				endpoint,
				servicesPath(endpoint, `/${canaryServiceId}/events?${query}`),
			);
			expect(response.status).toBe(400);
		},
	);
});
