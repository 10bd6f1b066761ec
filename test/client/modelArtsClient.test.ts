// The client over real HTTP against the built-in endpoint: every call, every way to
// authenticate, and the authentication failures with their messages.
import { describe, expect, it } from 'vitest';
import { AuthenticationError, NotFoundError } from '../../source/client/clientErrors.js';
import { listAllServices } from '../../source/client/listAllServices.js';
import { clientFor, demoEndpointPerFile, documentedServiceId, failureOf } from './demoFixture.js';

const demo = demoEndpointPerFile();

describe('ModelArts calls', () => {
	it('reads the documented update log verbatim', async () => {
		const response = await clientFor(demo()).showUpdateLogs(documentedServiceId);
		expect(response.service_name).toBe('service-demo');
		const entry = response.logs.find((each) => each.update_time === 1586250930708);
		expect(entry?.result).toBe('RUNNING');
		expect(entry?.config?.[0]).toMatchObject({ model_name: 'model-demo', model_version: '0.0.1' });
		expect(entry?.config?.[0]?.custom_spec).toEqual({});
	});

	it('filters the update log by exact update_time', async () => {
		const client = clientFor(demo());
		const hit = await client.showUpdateLogs(documentedServiceId, { updateTime: 1586250930708 });
		expect(hit.logs.map((each) => each.update_time)).toEqual([1586250930708]);
		const miss = await client.showUpdateLogs(documentedServiceId, { updateTime: 1 });
		expect(miss.logs).toEqual([]);
	});

	it('lists every service across pages of two, each service once', async () => {
		const client = clientFor(demo());
		const first = await client.listServicesPage({ limit: 1 });
		const before = demo().requestCount();
		const all = await listAllServices(client.listServicesPage, {}, {}, 2);

		expect(all).toHaveLength(first.total_count);
		expect(new Set(all.map((each) => each.service_id)).size).toBe(first.total_count);
		expect(demo().requestCount() - before).toBe(Math.ceil(first.total_count / 2));
		expect(await client.listServices()).toHaveLength(first.total_count);
	});

	it('sends filters with spaces and Chinese in a query the endpoint verifies', async () => {
		const client = clientFor(demo());
		const services = await client.listServices({ service_name: '边缘 质检+服务 & co' });
		expect(Array.isArray(services)).toBe(true);
		const chinese = await client.listServices({ service_name: '边缘质检服务' });
		expect(chinese.map((each) => each.service_name)).toContain('边缘质检服务');
	});

	it('shows a service and lists its events', async () => {
		const client = clientFor(demo());
		const detail = await client.showService(documentedServiceId);
		expect(detail.service_id).toBe(documentedServiceId);
		const events = await client.listEvents(documentedServiceId, { limit: 5 });
		expect(Array.isArray(events.events)).toBe(true);
	});

	it('reports a missing service as ModelArts.3502 with the request id', async () => {
		const error = await failureOf(
			clientFor(demo()).showUpdateLogs('00000000-0000-4000-8000-000000000000'),
		);
		expect(error).toBeInstanceOf(NotFoundError);
		expect((error as NotFoundError).code).toBe('ModelArts.3502');
		expect(error.message).toMatch(
			/does not exist any more.*malog services.*request id [0-9a-f]{32}/,
		);
	});
});

describe('authentication', () => {
	it('accepts temporary credentials with a signed X-Security-Token', async () => {
		const { temporaryAk, temporarySk, securityToken } = demo().credentials;
		const client = clientFor(demo(), {
			auth: { kind: 'temporary', ak: temporaryAk, sk: temporarySk, securityToken },
		});
		expect((await client.showUpdateLogs(documentedServiceId)).logs.length).toBeGreaterThan(0);
	});

	it('accepts an X-Auth-Token', async () => {
		const client = clientFor(demo(), { auth: { kind: 'token', token: demo().credentials.token } });
		expect((await client.showService(documentedServiceId)).service_name).toBe('service-demo');
	});

	it('rejects a wrong SK with a hint naming the source, never the secret', async () => {
		const sk = 'wrong-secret-key-value-123456';
		const client = clientFor(demo(), {
			auth: { kind: 'aksk', ak: demo().credentials.ak, sk },
			credentialSource: 'HUAWEICLOUD_SDK_AK/SK',
		});
		const error = await failureOf(client.showUpdateLogs(documentedServiceId));

		expect(error).toBeInstanceOf(AuthenticationError);
		expect((error as AuthenticationError).status).toBe(401);
		expect(error.message).toMatch(/^ModelArts refused the request \(401 APIGW?\.\d+/);
		expect(error.message).toContain('check the AK/SK from HUAWEICLOUD_SDK_AK/SK');
		expect(error.message).not.toContain(sk);
		expect(error.message).not.toContain('\n');
	});

	it('says to check the clock when the signature is more than 15 minutes off', async () => {
		const client = clientFor(demo(), { now: () => new Date(Date.now() - 20 * 60_000) });
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(AuthenticationError);
		expect(error.message).toMatch(/clock is within 15 minutes/);
	});

	it('rejects a temporary key without its security token', async () => {
		const { temporaryAk, temporarySk } = demo().credentials;
		const client = clientFor(demo(), { auth: { kind: 'aksk', ak: temporaryAk, sk: temporarySk } });
		expect(await failureOf(client.showService(documentedServiceId))).toBeInstanceOf(
			AuthenticationError,
		);
	});

	it('rejects a wrong token and says to get a new one, without echoing it', async () => {
		const token = 'MIIwrong-token-value';
		const client = clientFor(demo(), {
			auth: { kind: 'token', token },
			credentialSource: 'MALOG_AUTH_TOKEN',
		});
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error.message).toContain('the token from MALOG_AUTH_TOKEN');
		expect(error.message).not.toContain(token);
	});

	it('explains a project id that does not belong to the credentials', async () => {
		const client = clientFor(demo(), { projectId: '0123456789abcdef0123456789abcdef' });
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(AuthenticationError);
		expect((error as AuthenticationError).status).toBe(403);
		expect(error.message).toMatch(/ModelArts\.0210.*fix --project-id/);
	});
});
