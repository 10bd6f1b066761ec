import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { servicesPath, signedGet } from './signedFetch.js';

// The response example of ShowServiceUpdateLogs.zh.md, copied as the page prints it.
const documentedResponse = JSON.parse(`{
	"service_id": "e2122bbd-f7c8-4bf8-bacc-59616276194b",
	"service_name": "service-demo",
	"logs": [{
		"config": [{
			"model_id": "f565ac47-6239-4e8c-b2dc-0665dc52e302",
			"model_name": "model-demo",
			"model_version": "0.0.1",
			"specification": "modelarts.vm.cpu.2u",
			"custom_spec": {},
			"weight": 100,
			"instance_count": 1,
			"scaling": false,
			"envs": {},
			"cluster_id": "2c9080f86d37da64016d381fe5940002"
		}],
		"extend_config": [],
		"update_time": 1586250930708,
		"result": "RUNNING",
		"cluster_id": "2c9080f86d37da64016d381fe5940002"
	}]
}`);

describe('the documented example of ShowServiceUpdateLogs', () => {
	let endpoint: DemoEndpoint;
	beforeAll(async () => {
		endpoint = await startDemoEndpoint({ paceSeconds: 1, now: () => 1_800_000_000_000 });
	});
	afterAll(() => endpoint.close());

	it('is served verbatim', async () => {
		const path = servicesPath(endpoint, '/e2122bbd-f7c8-4bf8-bacc-59616276194b/logs');
		const response = await signedGet(endpoint, path);

		expect(response.status).toBe(200);
		expect(response.body).toEqual(documentedResponse);
	});

	it('is found by its exact update_time', async () => {
		const base = servicesPath(endpoint, '/e2122bbd-f7c8-4bf8-bacc-59616276194b/logs');
		const hit = await signedGet(endpoint, `${base}?update_time=1586250930708`);
		const miss = await signedGet(endpoint, `${base}?update_time=1586250930709`);

		expect((hit.body as { logs: unknown[] }).logs).toHaveLength(1);
		expect((miss.body as { logs: unknown[] }).logs).toHaveLength(0);
	});

	it('is listed as service-demo', async () => {
		const response = await signedGet(
			endpoint,
			servicesPath(endpoint, '?service_name=service-demo'),
		);
		const body = response.body as { services: { service_id: string; service_name: string }[] };

		expect(body.services.map((each) => each.service_name)).toContain('service-demo');
	});
});
