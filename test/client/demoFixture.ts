// One built-in endpoint per test file on a loopback port, and clients pointed at it.
import { afterAll, beforeAll } from 'vitest';
import type { ClientAuth } from '../../source/client/clientAuth.js';
import {
	createModelArtsClient,
	type ModelArtsClientSettings,
} from '../../source/client/createModelArtsClient.js';
import type { RetryPolicy } from '../../source/client/retryPolicy.js';
import type { DemoEndpoint, DemoEndpointOptions } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';

export const documentedServiceId = 'e2122bbd-f7c8-4bf8-bacc-59616276194b';

/** Quick retries so fault tests take milliseconds, still bounded like the real policy. */
export const fastRetries: RetryPolicy = {
	maxAttempts: 3,
	maxTotalMs: 5_000,
	baseDelayMs: 5,
	maxDelayMs: 20,
	maxRetryAfterMs: 2_000,
};

export function demoEndpointPerFile(options: DemoEndpointOptions = {}): () => DemoEndpoint {
	let demo: DemoEndpoint | undefined;
	beforeAll(async () => {
		demo = await startDemoEndpoint({ paceSeconds: 0, ...options });
	});
	afterAll(async () => {
		await demo?.close();
	});
	return () => {
		if (!demo) throw new Error('the demo endpoint has not started');
		return demo;
	};
}

export function demoAuth(demo: DemoEndpoint): ClientAuth {
	return { kind: 'aksk', ak: demo.credentials.ak, sk: demo.credentials.sk };
}

export function clientFor(demo: DemoEndpoint, overrides: Partial<ModelArtsClientSettings> = {}) {
	return createModelArtsClient({
		endpoint: demo.url,
		projectId: demo.projectId,
		auth: demoAuth(demo),
		credentialSource: 'test credentials',
		retry: fastRetries,
		...overrides,
	});
}
