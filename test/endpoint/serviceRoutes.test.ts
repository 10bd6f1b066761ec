import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceDetail, ServiceSummary, UpdateLogsResponse } from '../../source/api/types.js';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { canaryServiceId, edgeServiceId } from '../../source/endpoint/fixedServices.js';
import {
	benchmarkServiceNames,
	longHistoryServiceName,
} from '../../source/endpoint/serviceRoles.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { servicesPath, signedGet } from './signedFetch.js';

interface ListBody {
	total_count: number;
	count: number;
	services: ServiceSummary[];
}

describe('the ModelArts service routes', () => {
	let endpoint: DemoEndpoint;
	const body = async <T>(rest: string) =>
		(await signedGet(endpoint, servicesPath(endpoint, rest))).body as T;
	const idOf = async (name: string) =>
		(await body<ListBody>(`?service_name=${encodeURIComponent(name)}`)).services.find(
			(each) => each.service_name === name,
		)?.service_id ?? '';

	beforeAll(async () => {
		endpoint = await startDemoEndpoint({ now: () => 1_800_000_000_000 });
	});
	afterAll(() => endpoint.close());

	it('lists at least 30 services of every kind and status, Chinese names included', async () => {
		const list = await body<ListBody>('');

		expect(list.total_count).toBeGreaterThanOrEqual(30);
		expect(list.count).toBe(list.services.length);
		expect(new Set(list.services.map((each) => each.infer_type))).toEqual(
			new Set(['real-time', 'edge', 'batch']),
		);
		const statuses = new Set(list.services.map((each) => each.status));
		for (const status of [
			'running',
			'deploying',
			'concerning',
			'failed',
			'stopped',
			'finished',
			'stopping',
			'deleting',
			'pending',
			'waiting',
		]) {
			expect(statuses).toContain(status);
		}
		expect(list.services.some((each) => /[\u4e00-\u9fff]/.test(each.service_name))).toBe(true);
		expect(list.services[0]).not.toHaveProperty('config');
	});

	it('pages by item offset with total_count and count', async () => {
		const all = await body<ListBody>('?sort_by=service_name&order=asc');
		const page = await body<ListBody>('?sort_by=service_name&order=asc&offset=5&limit=7');

		expect(page.total_count).toBe(all.total_count);
		expect(page.count).toBe(7);
		expect(page.services).toEqual(all.services.slice(5, 12));
		expect((await body<ListBody>(`?offset=${all.total_count}`)).count).toBe(0);
	});

	it('sorts by publish_at descending by default, and by the asked key and order', async () => {
		const byDefault = (await body<ListBody>('')).services.map((each) => each.publish_at ?? 0);
		const byName = (await body<ListBody>('?sort_by=service_name&order=asc')).services.map(
			(each) => each.service_name,
		);

		expect(byDefault).toEqual([...byDefault].sort((a, b) => b - a));
		expect(byName).toEqual([...byName].sort());
	});

	it('filters by infer_type, status, name and model', async () => {
		const edge = await body<ListBody>('?infer_type=edge');
		const failed = await body<ListBody>('?status=failed');
		const named = await body<ListBody>('?service_name=face');
		const canary = (await signedGet(endpoint, servicesPath(endpoint, `/${canaryServiceId}`)))
			.body as ServiceDetail;
		const byModel = await body<ListBody>(`?model_id=${canary.config?.[0]?.model_id}`);

		expect(edge.services.every((each) => each.infer_type === 'edge')).toBe(true);
		expect(failed.services.every((each) => each.status === 'failed')).toBe(true);
		expect(named.services.map((each) => each.service_name)).toEqual(['face-recognition']);
		expect(byModel.services.map((each) => each.service_id)).toEqual([canaryServiceId]);
	});

	it.each(['offset=-1', 'limit=0', 'limit=abc', 'sort_by=owner', 'order=up', 'infer_type=cloud'])(
		'refuses %s with 400 ModelArts.0101',
		async (query) => {
			const response = await signedGet(endpoint, servicesPath(endpoint, `?${query}`));
			expect(response.status).toBe(400);
			expect(response.body).toMatchObject({ error_code: 'ModelArts.0101' });
		},
	);

	it('shows an edge service with config[].nodes[] objects', async () => {
		const detail = (await signedGet(endpoint, servicesPath(endpoint, `/${edgeServiceId}`)))
			.body as ServiceDetail;
		const nodes = detail.config?.[0]?.nodes ?? [];

		expect(detail.service_name).toBe('边缘质检服务');
		expect(nodes.length).toBe(8);
		expect(nodes.filter((each) => each.instance_status === 'failed')).toHaveLength(2);
		expect(nodes[0]).toMatchObject({
			id: expect.any(String),
			host_ips: expect.any(Array),
			created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
		});
	});

	it('serves a canary of two weighted models, SUCCESS and FAIL, oldest first', async () => {
		const logs = (await body<UpdateLogsResponse>(`/${canaryServiceId}/logs`)).logs;
		const times = logs.map((each) => each.update_time);

		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(new Set(logs.map((each) => each.result))).toEqual(new Set(['SUCCESS', 'FAIL']));
		expect(
			logs.some(
				(each) =>
					each.config?.length === 2 &&
					each.config.reduce((sum, c) => sum + (c.weight ?? 0), 0) === 100,
			),
		).toBe(true);
	});

	it('serves edge fleets of 50+ nodes with partial failures', async () => {
		const edge = await body<ListBody>('?infer_type=edge&status=concerning');
		const logsOf = await Promise.all(
			edge.services.map((each) => body<UpdateLogsResponse>(`/${each.service_id}/logs`)),
		);
		const partial = logsOf
			.flatMap((each) => each.logs)
			.find((each) => (each.result_detail?.length ?? 0) >= 50 && (each.failed_num ?? 0) > 0);

		expect(partial?.success_num).toBeGreaterThan(0);
		expect(partial?.result).toBe('FAIL');
	});

	it('serves histories of exactly 2,137, 100 and 10,000 updates', async () => {
		const counts = [];
		for (const name of [
			longHistoryServiceName,
			benchmarkServiceNames.hundred,
			benchmarkServiceNames.tenThousand,
		]) {
			counts.push((await body<UpdateLogsResponse>(`/${await idOf(name)}/logs`)).logs.length);
		}
		expect(counts).toEqual([2137, 100, 10_000]);
	});

	it('answers an unknown service with 404 ModelArts.3502 on every service route', async () => {
		for (const rest of ['', '/logs', '/events']) {
			const response = await signedGet(endpoint, servicesPath(endpoint, `/no-such-service${rest}`));
			expect(response.status).toBe(404);
			expect(response.body).toMatchObject({ error_code: 'ModelArts.3502' });
		}
	});

	it('answers an unknown path with the gateway 404', async () => {
		const response = await signedGet(endpoint, '/v2/whatever');
		expect(response.status).toBe(404);
		expect(response.body).toMatchObject({ error_code: 'APIGW.0101' });
	});
});
