import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { documentedServiceId } from '../../source/endpoint/documentedExample.js';
import { canaryServiceId } from '../../source/endpoint/fixedServices.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { servicesPath, signedGet } from './signedFetch.js';

describe('faults on demand', () => {
	let endpoint: DemoEndpoint;
	const logsOf = (id: string) => servicesPath(endpoint, `/${id}/logs`);

	beforeAll(async () => {
		endpoint = await startDemoEndpoint();
	});
	beforeEach(() => endpoint.setFaults([]));
	afterAll(() => endpoint.close());

	it('throttles with 429, Retry-After and the gateway body, `times` times', async () => {
		endpoint.setFaults([{ kind: 'throttle', value: 7, times: 1 }]);

		const throttled = await signedGet(endpoint, servicesPath(endpoint));
		const next = await signedGet(endpoint, servicesPath(endpoint));

		expect(throttled.status).toBe(429);
		expect(throttled.headers.get('retry-after')).toBe('7');
		expect(throttled.body).toMatchObject({ error_code: 'APIGW.0308' });
		expect(throttled.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
		expect(next.status).toBe(200);
	});

	it.each([500, 502, 503, 504])('answers %i with an HTML page', async (status) => {
		endpoint.setFaults([{ kind: 'server-error', value: status }]);

		const response = await signedGet(endpoint, servicesPath(endpoint));

		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toContain('text/html');
		expect(response.text).toContain(`<h1>${status} `);
	});

	it('applies a per-service rule to that service only', async () => {
		endpoint.setFaults([{ kind: 'server-error', value: 503, serviceId: canaryServiceId }]);

		const hit = await signedGet(endpoint, logsOf(canaryServiceId));
		const other = await signedGet(endpoint, logsOf(documentedServiceId));
		const list = await signedGet(endpoint, servicesPath(endpoint));

		expect([hit.status, other.status, list.status]).toEqual([503, 200, 200]);
	});

	it('cuts the JSON body short', async () => {
		endpoint.setFaults([{ kind: 'truncated-json' }]);

		const response = await signedGet(endpoint, logsOf(canaryServiceId));

		expect(response.status).toBe(200);
		expect(response.text.startsWith('{"service_id"')).toBe(true);
		expect(() => JSON.parse(response.text)).toThrow();
	});

	it('sends JSON that does not parse', async () => {
		endpoint.setFaults([{ kind: 'invalid-json' }]);

		const response = await signedGet(endpoint, logsOf(canaryServiceId));

		expect(response.status).toBe(200);
		expect(response.body).toBeUndefined();
		expect(response.text).toContain('"service_name":"face-recognition"');
	});

	it('delays the response by the latency', async () => {
		endpoint.setFaults([{ kind: 'latency', value: 150 }]);
		const started = performance.now();

		const response = await signedGet(endpoint, servicesPath(endpoint));

		expect(response.status).toBe(200);
		expect(performance.now() - started).toBeGreaterThanOrEqual(140);
	});

	it('trickles the body in pieces, intact in the end', async () => {
		endpoint.setFaults([{ kind: 'trickle', value: 5 }]);
		const path = logsOf(canaryServiceId);
		const response = await fetch(`${endpoint.url}${path}`, {
			headers: { 'X-Auth-Token': endpoint.credentials.token },
		});

		const pieces: Uint8Array[] = [];
		const reader = response.body?.getReader();
		for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
			pieces.push(read.value);
		}
		const text = Buffer.concat(pieces).toString('utf8');

		expect(pieces.length).toBeGreaterThan(5);
		expect(JSON.parse(text)).toMatchObject({ service_id: canaryServiceId });
	});

	it('resets the connection', async () => {
		endpoint.setFaults([{ kind: 'reset', times: 1 }]);

		await expect(signedGet(endpoint, servicesPath(endpoint))).rejects.toThrow();
		expect((await signedGet(endpoint, servicesPath(endpoint))).status).toBe(200);
	});

	it('sends a very large, valid body', async () => {
		endpoint.setFaults([{ kind: 'huge-body', value: 3 * 1024 * 1024 }]);

		const response = await signedGet(endpoint, logsOf(canaryServiceId));

		expect(response.text.length).toBeGreaterThan(3 * 1024 * 1024);
		expect(response.body).toMatchObject({ service_id: canaryServiceId });
	});

	it('fails only the given share of requests', async () => {
		endpoint.setFaults([{ kind: 'server-error', rate: 0.5 }]);

		const statuses = [];
		for (let index = 0; index < 40; index += 1) {
			statuses.push((await signedGet(endpoint, servicesPath(endpoint))).status);
		}

		expect(statuses).toContain(500);
		expect(statuses).toContain(200);
	});
});
