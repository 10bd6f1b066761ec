// One built-in endpoint per test file on a loopback port, and clients pointed at it.
import { createServer } from 'node:net';
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

/** One attempt only, for tests of what a single failure says. */
export const noRetry: RetryPolicy = {
	maxAttempts: 1,
	maxTotalMs: 0,
	baseDelayMs: 0,
	maxDelayMs: 0,
	maxRetryAfterMs: 0,
};

/** The error a call fails with; the test fails if the call succeeds. */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
	try {
		await promise;
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected the call to fail');
}

/** A loopback port that was free a moment ago and has nothing listening on it. */
export function closedPort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

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
