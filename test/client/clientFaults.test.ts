// Each fault of the built-in endpoint against the client: retried when a GET may succeed again,
// reported as one typed, one-line error otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import {
	ConnectionError,
	RequestTimeoutError,
	ServerError,
	ThrottledError,
	TlsError,
	UnexpectedResponseError,
} from '../../source/client/clientErrors.js';
import type { FaultRule } from '../../source/endpoint/demoEndpoint.js';
import {
	clientFor,
	closedPort,
	demoEndpointPerFile,
	documentedServiceId,
	failureOf,
	noRetry,
} from './demoFixture.js';

const demo = demoEndpointPerFile();

afterEach(() => {
	demo().setFaults([]);
});

function withFaults(...faults: FaultRule[]) {
	demo().setFaults(faults);
	return clientFor(demo());
}

describe('retried faults', () => {
	it('waits out a 429 with Retry-After, then succeeds', async () => {
		const client = withFaults({ kind: 'throttle', value: 1, times: 1 });
		const started = Date.now();
		const response = await client.showUpdateLogs(documentedServiceId);
		expect(response.service_id).toBe(documentedServiceId);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
	});

	it('gives up at once when Retry-After is longer than the cap, and says how long', async () => {
		const client = withFaults({ kind: 'throttle', value: 60 });
		const before = demo().requestCount();
		const error = await failureOf(client.showUpdateLogs(documentedServiceId));
		expect(error).toBeInstanceOf(ThrottledError);
		expect((error as ThrottledError).retryAfterMs).toBe(60_000);
		expect(error.message).toMatch(/429 APIGW\.0308.*wait 60 s and try again/);
		expect(demo().requestCount() - before).toBe(1);
	});

	it('retries a 502 and a reset connection, then succeeds', async () => {
		const client = withFaults(
			{ kind: 'server-error', value: 502, times: 1 },
			{ kind: 'reset', times: 1 },
		);
		const response = await client.showUpdateLogs(documentedServiceId);
		expect(response.logs.length).toBeGreaterThan(0);
	});

	it('stops after the bounded attempts and reports the 503 with a clean excerpt', async () => {
		const client = withFaults({ kind: 'server-error', value: 503 });
		const before = demo().requestCount();
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(ServerError);
		expect(error.message).toMatch(/failed to answer \(503: 503 Service Temporarily Unavailable/);
		expect(error.message).not.toMatch(/[<>\r\n]/);
		expect(demo().requestCount() - before).toBe(3);
	});

	it('reports a connection reset that persists as a connection failure', async () => {
		const client = withFaults({ kind: 'reset' });
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(ConnectionError);
		expect(error.message).toContain(new URL(demo().url).host);
	});
});

describe('bodies that cannot be understood', () => {
	it('names a truncated body as cut short, with a short excerpt', async () => {
		const client = withFaults({ kind: 'truncated-json' });
		const error = await failureOf(client.showUpdateLogs(documentedServiceId));
		expect(error).toBeInstanceOf(UnexpectedResponseError);
		expect(error.message).toMatch(/answered 200 with a body that was cut short \(\{/);
		expect(error.message).toMatch(/request id [0-9a-f]{32}/);
		expect(error.message.length).toBeLessThan(300);
	});

	it('names invalid JSON as such', async () => {
		const client = withFaults({ kind: 'invalid-json' });
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(UnexpectedResponseError);
		expect(error.message).toMatch(/with a body that is not valid JSON/);
	});

	it('keeps the unknown field of a large body, and refuses one beyond the cap', async () => {
		const megabyte = 1024 * 1024;
		const client = withFaults({ kind: 'huge-body', value: 2 * megabyte });
		const response = await client.showUpdateLogs(documentedServiceId);
		expect((response.padding as string).length).toBe(2 * megabyte);

		const capped = clientFor(demo(), { maxBodyBytes: megabyte });
		const error = await failureOf(capped.showUpdateLogs(documentedServiceId));
		expect(error).toBeInstanceOf(UnexpectedResponseError);
		expect(error.message).toMatch(/more than 1 MiB/);
	});
});

describe('time-outs and unreachable hosts', () => {
	it('times out a slow answer, per attempt, and says to raise --timeout', async () => {
		withFaults({ kind: 'latency', value: 1_000 });
		const error = await failureOf(
			clientFor(demo(), { timeoutMs: 200, retry: { ...noRetry } }).showService(documentedServiceId),
		);
		expect(error).toBeInstanceOf(RequestTimeoutError);
		expect(error.message).toMatch(/did not answer within 0\.2 s \(each try\); .*raise --timeout/);
	});

	it('counts a trickling body against the timeout, and reads it when there is time', async () => {
		withFaults({ kind: 'trickle', value: 30 });
		const slow = clientFor(demo(), { timeoutMs: 150, retry: { ...noRetry } });
		expect(await failureOf(slow.showService(documentedServiceId))).toBeInstanceOf(
			RequestTimeoutError,
		);
		const patient = clientFor(demo(), { timeoutMs: 15_000 });
		expect((await patient.showService(documentedServiceId)).service_id).toBe(documentedServiceId);
	});

	it('names the host that refused the connection', async () => {
		const port = await closedPort();
		const client = clientFor(demo(), { endpoint: `http://127.0.0.1:${port}` });
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(ConnectionError);
		expect(error.message).toBe(
			`127.0.0.1:${port} refused the connection; check --endpoint and that the server is up`,
		);
	});

	it('names a host that does not resolve, without retrying', async () => {
		const client = clientFor(demo(), { endpoint: 'http://modelarts.malog-test.invalid' });
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(ConnectionError);
		expect(error.message).toMatch(/^cannot resolve modelarts\.malog-test\.invalid/);
	});

	it('reports a TLS failure and points at NODE_EXTRA_CA_CERTS', async () => {
		const client = clientFor(demo(), { endpoint: demo().url.replace('http:', 'https:') });
		const error = await failureOf(client.showService(documentedServiceId));
		expect(error).toBeInstanceOf(TlsError);
		expect(error.message).toMatch(/TLS with 127\.0\.0\.1:\d+ failed .*NODE_EXTRA_CA_CERTS/);
	});
});
