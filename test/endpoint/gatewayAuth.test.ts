import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { formatSdkDate, signRequest } from '../../source/signing/index.js';
import { servicesPath, signedGet } from './signedFetch.js';

describe('authentication like the API gateway', () => {
	let endpoint: DemoEndpoint;
	const get = (path: string, headers: Record<string, string>) =>
		fetch(`${endpoint.url}${path}`, { headers });

	beforeAll(async () => {
		endpoint = await startDemoEndpoint();
	});
	afterAll(() => endpoint.close());

	it('accepts the demo AK/SK with X-Project-Id signed', async () => {
		const response = await signedGet(endpoint, servicesPath(endpoint), undefined, {
			'X-Project-Id': endpoint.projectId,
		});
		expect(response.status).toBe(200);
	});

	it('accepts the demo token in X-Auth-Token, and refuses another token', async () => {
		const good = await get(servicesPath(endpoint), { 'X-Auth-Token': endpoint.credentials.token });
		const bad = await get(servicesPath(endpoint), { 'X-Auth-Token': 'MIIwrong' });

		expect(good.status).toBe(200);
		expect(bad.status).toBe(401);
	});

	it.each([
		['an unknown AK', { ak: 'NOSUCHACCESSKEY00001', sk: 'whatever' }, /ak NOSUCH/],
		['a wrong SK', { ak: 'MALOGDEMOACCESSKEY01', sk: 'wrong' }, /signature/],
	])('refuses %s with 401 and the gateway body', async (_, key, message) => {
		const response = await signedGet(endpoint, servicesPath(endpoint), key);

		expect(response.status).toBe(401);
		expect(response.body).toMatchObject({
			error_code: 'APIGW.0301',
			error_msg: expect.stringMatching(message),
		});
		expect((response.body as { request_id: string }).request_id).toBe(
			response.headers.get('x-request-id'),
		);
	});

	it('refuses a request without any credentials', async () => {
		expect((await get(servicesPath(endpoint), {})).status).toBe(401);
	});

	it('refuses a signature without X-Sdk-Date', async () => {
		const url = `${endpoint.url}${servicesPath(endpoint)}`;
		const headers = signRequest({ method: 'GET', url, headers: {} }, endpoint.credentials);
		delete headers['X-Sdk-Date'];

		const response = await get(servicesPath(endpoint), headers);
		expect(response.status).toBe(401);
		expect(await response.text()).toContain('x-sdk-date');
	});

	it('refuses a date more than 15 minutes off, accepts one 14 minutes off', async () => {
		const url = `${endpoint.url}${servicesPath(endpoint)}`;
		const signedAt = (offsetMinutes: number) => {
			const date = formatSdkDate(new Date(Date.now() + offsetMinutes * 60_000));
			return signRequest(
				{ method: 'GET', url, headers: { 'X-Sdk-Date': date } },
				endpoint.credentials,
			);
		};

		expect((await get(servicesPath(endpoint), signedAt(-16))).status).toBe(401);
		expect((await get(servicesPath(endpoint), signedAt(16))).status).toBe(401);
		expect((await get(servicesPath(endpoint), signedAt(-14))).status).toBe(200);
	});

	it('accepts temporary credentials only with the signed security token', async () => {
		const { temporaryAk: ak, temporarySk: sk, securityToken } = endpoint.credentials;
		const path = servicesPath(endpoint);

		const withToken = await signedGet(
			endpoint,
			path,
			{ ak, sk },
			{ 'X-Security-Token': securityToken },
		);
		const withoutToken = await signedGet(endpoint, path, { ak, sk });
		const wrongToken = await signedGet(
			endpoint,
			path,
			{ ak, sk },
			{ 'X-Security-Token': 'expired' },
		);

		expect([withToken.status, withoutToken.status, wrongToken.status]).toEqual([200, 401, 401]);
	});

	it('refuses another project in the path, or in X-Project-Id, with 403', async () => {
		const otherProject = await signedGet(endpoint, '/v1/0123456789abcdef0123456789abcdef/services');
		const otherHeader = await signedGet(endpoint, servicesPath(endpoint), undefined, {
			'X-Project-Id': '0123456789abcdef0123456789abcdef',
		});

		expect(otherProject.status).toBe(403);
		expect(otherProject.body).toMatchObject({ error_code: 'ModelArts.0210' });
		expect(otherHeader.status).toBe(403);
	});

	it('signs the Host header as sent, port included', async () => {
		const url = `${endpoint.url}${servicesPath(endpoint)}`;
		const signedForOtherHost = signRequest(
			{ method: 'GET', url: url.replace('127.0.0.1', 'localhost'), headers: {} },
			endpoint.credentials,
		);

		expect((await get(servicesPath(endpoint), signedForOtherHost)).status).toBe(401);
	});
});
