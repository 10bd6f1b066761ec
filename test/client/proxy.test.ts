// HTTP_PROXY and NO_PROXY decide the route: through a proxy that is down the request fails and
// the message says so; with the host in NO_PROXY it goes straight to the endpoint.
import { describe, expect, it } from 'vitest';
import { ConnectionError } from '../../source/client/clientErrors.js';
import { hasProxySettings, proxyDispatcherFromEnv } from '../../source/client/proxyDispatcher.js';
import {
	clientFor,
	closedPort,
	demoEndpointPerFile,
	documentedServiceId,
	noRetry,
} from './demoFixture.js';

const demo = demoEndpointPerFile();

describe('proxy settings from the environment', () => {
	it('sees no proxy when none of the variables is set', () => {
		expect(hasProxySettings({ NO_PROXY: '*' })).toBe(false);
		expect(proxyDispatcherFromEnv({})).toBeUndefined();
		expect(hasProxySettings({ https_proxy: 'http://proxy:3128' })).toBe(true);
	});

	it('sends requests through HTTP_PROXY, and names the proxy when it is down', async () => {
		const proxy = proxyDispatcherFromEnv({ HTTP_PROXY: `http://127.0.0.1:${await closedPort()}` });
		const client = clientFor(demo(), { proxy, retry: { ...noRetry } });
		try {
			await expect(client.showService(documentedServiceId)).rejects.toThrow(ConnectionError);
			await expect(client.showService(documentedServiceId)).rejects.toThrow(/through the proxy/);
		} finally {
			await proxy?.close();
		}
	});

	it('goes direct for hosts in NO_PROXY', async () => {
		const proxy = proxyDispatcherFromEnv({
			HTTP_PROXY: `http://127.0.0.1:${await closedPort()}`,
			NO_PROXY: 'localhost,127.0.0.1',
		});
		const client = clientFor(demo(), { proxy });
		try {
			expect((await client.showService(documentedServiceId)).service_id).toBe(documentedServiceId);
		} finally {
			await proxy?.close();
		}
	});
});
