// The endpoint's verification is proved against the official Huawei Cloud signer.
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { percentEncode } from '../../source/signing/index.js';

async function officiallySigned(endpoint: DemoEndpoint, sk: string, query: Record<string, string>) {
	const path = `/v1/${endpoint.projectId}/services`;
	const request = {
		method: 'GET',
		endpoint: `${endpoint.url}${path}`,
		queryParams: query,
		headers: { 'X-Project-Id': endpoint.projectId, 'content-type': 'application/json' },
	};
	const credential = { getAk: () => endpoint.credentials.ak, getSk: () => sk };
	const headers: Record<string, string> = AKSKSigner.sign(request as never, credential as never);
	delete headers.host;

	const search = Object.entries(query)
		.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
		.join('&');
	return fetch(`${endpoint.url}${path}?${search}`, { headers });
}

describe('requests signed by @huaweicloud/huaweicloud-sdk-core', () => {
	let endpoint: DemoEndpoint;
	beforeAll(async () => {
		endpoint = await startDemoEndpoint();
	});
	afterAll(() => endpoint.close());

	it('are accepted', async () => {
		const query = { service_name: '边缘质检', limit: '5', order: 'asc', tags: 'team a/b (x)' };
		const response = await officiallySigned(endpoint, endpoint.credentials.sk, query);

		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ total_count: 1, count: 1 });
	});

	it('are rejected with a wrong SK', async () => {
		const response = await officiallySigned(endpoint, `${endpoint.credentials.sk}x`, {});

		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ error_code: 'APIGW.0301' });
	});
});
