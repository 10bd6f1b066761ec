import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServerError, ThrottledError } from '../../source/client/clientErrors.js';
import type { ModelArtsApi } from '../../source/client/modelArtsApi.js';
import { type UpdateLogState, useUpdateLog } from '../../source/ui/hooks/useUpdateLog.js';
import { createFakeUpdateLogApi } from './fakeUpdateLogApi.js';
import { entry, t0, updateLog } from './updateLogFixtures.js';

const minute = 60_000;
let latest: UpdateLogState | undefined;

/** Shows the hook's state as text, and keeps a selection by update_time like the explorer. */
interface ProbeProps {
	api: ModelArtsApi;
	bell?: boolean;
	interval?: number;
	serviceStatus?: string;
}

function UpdateLogProbe(props: ProbeProps) {
	const state = useUpdateLog({
		api: props.api,
		serviceId: 'svc-1',
		bell: props.bell,
		intervalSeconds: props.interval,
		serviceStatus: props.serviceStatus,
	});
	const [selected] = useState(t0);
	latest = state;

	const rows = (state.response?.logs ?? []).map((item) => {
		const marks = `${item.update_time === selected ? '>' : ' '}${
			state.newEntryTimes.has(item.update_time) ? '*' : ' '
		}`;
		return `${marks}${(item.update_time - t0) / minute}m ${item.result}`;
	});
	const status = [
		state.isPaused ? 'paused' : 'live',
		state.isLoading ? 'loading' : 'idle',
		state.error ? `error: ${state.error.message}` : 'ok',
		state.announcement ? `said: ${state.announcement.text}` : '',
	];
	return <Text>{[...rows, status.join(' | ')].join('\n')}</Text>;
}

/** Moves the fake clock, then lets the requests that came due answer and the screen redraw. */
async function advance(milliseconds: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(milliseconds);
	for (let turn = 0; turn < 5; turn += 1) await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
	vi.useFakeTimers({ now: t0 + 2 * minute });
	latest = undefined;
});

afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('useUpdateLog', () => {
	it('loads, then refreshes every 5 s while an update is RUNNING and 30 s when idle', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0 + minute, 'RUNNING'), entry(t0, 'FAIL')));
		const { lastFrame, unmount } = render(<UpdateLogProbe api={api} />);

		await advance(0);
		expect(lastFrame()).toContain(' 1m RUNNING');
		expect(api.requestCount).toBe(1);

		await advance(5_000);
		expect(api.requestCount).toBe(2);

		api.log = updateLog(entry(t0 + minute, 'SUCCESS'), entry(t0, 'FAIL'));
		await advance(5_000);
		expect(api.requestCount).toBe(3);

		await advance(29_000);
		expect(api.requestCount).toBe(3);
		await advance(1_000);
		expect(api.requestCount).toBe(4);
		expect(api.maxInFlight).toBe(1);
		unmount();
	});

	it('takes a new pace without dropping the data it shows', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0, 'SUCCESS')));
		const { rerender } = render(<UpdateLogProbe api={api} serviceStatus="running" />);
		await advance(0);
		const before = latest?.response;

		rerender(<UpdateLogProbe api={api} serviceStatus="deploying" interval={2} />);
		await advance(0);
		expect(latest?.response).toBe(before);
		expect(api.requestCount).toBe(1);

		await advance(2_000);
		expect(api.requestCount).toBe(2);
		expect(latest?.response).toBe(before);
	});

	it('marks new entries and keeps the selection on the same update', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0 + minute, 'RUNNING'), entry(t0, 'FAIL')));
		const { lastFrame, unmount } = render(<UpdateLogProbe api={api} />);
		await advance(0);
		const before = latest?.response;
		expect(lastFrame()).toContain('> 0m FAIL');

		api.log = updateLog(entry(t0 + 2 * minute, 'RUNNING'), ...api.log.logs);
		await advance(5_000);

		expect(lastFrame()?.split('\n').slice(0, 3)).toEqual([
			' *2m RUNNING',
			'  1m RUNNING',
			'> 0m FAIL',
		]);
		expect(latest?.response?.logs[2]).toBe(before?.logs[1]);
		unmount();
	});

	it('keeps the same response object when a refresh brings nothing new', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0, 'SUCCESS')));
		const { unmount } = render(<UpdateLogProbe api={api} />);
		await advance(0);
		const before = latest?.response;

		await advance(30_000);
		expect(api.requestCount).toBe(2);
		expect(latest?.response).toBe(before);
		unmount();
	});

	it('announces a finished update with how long it took, and rings the bell', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0 + minute, 'RUNNING')));
		const { lastFrame, stdout, unmount } = render(<UpdateLogProbe api={api} bell />);
		await advance(0);
		expect(stdout.frames).not.toContain('\x07');

		api.log = updateLog(entry(t0 + minute, 'FAIL'));
		await advance(5_000);

		expect(lastFrame()).toMatch(/said: update of \d\d:01:00 finished: FAIL after 1m 05s/);
		expect(stdout.frames).toContain('\x07');
		unmount();
	});

	it('announces an update that started and ended between two refreshes', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0, 'SUCCESS')));
		const { lastFrame, stdout } = render(<UpdateLogProbe api={api} bell />);
		await advance(0);

		api.log = updateLog(entry(t0 + 2 * minute + 5_000, 'FAIL'), entry(t0, 'SUCCESS'));
		await advance(30_000);

		expect(lastFrame()).toMatch(/said: update of \d\d:02:05 finished: FAIL within 25s/);
		expect(stdout.frames).toContain('\x07');
	});

	it('keeps the last good data through failures and backs off, honouring Retry-After', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0, 'SUCCESS')));
		const { lastFrame, unmount } = render(<UpdateLogProbe api={api} />);
		await advance(0);

		const throttled = new ThrottledError('ModelArts throttled the request', {
			status: 429,
			retryAfterMs: 120_000,
		});
		api.failures.push(new ServerError('ModelArts answered 503', { status: 503 }), throttled);
		await advance(30_000);
		expect(lastFrame()).toContain('0m SUCCESS');
		expect(lastFrame()).toContain('error: ModelArts answered 503');
		const firstRetryIn = (latest?.nextRefreshAt ?? 0) - Date.now();
		expect(firstRetryIn).toBeGreaterThanOrEqual(30_000);
		expect(firstRetryIn).toBeLessThanOrEqual(60_000);

		await advance(firstRetryIn);
		expect(api.requestCount).toBe(3);
		expect(lastFrame()).toContain('error: ModelArts throttled the request');
		expect((latest?.nextRefreshAt ?? 0) - Date.now()).toBeGreaterThanOrEqual(120_000);

		await advance(300_000);
		expect(lastFrame()).toContain(' ok');
		expect(lastFrame()).toContain('0m SUCCESS');
		unmount();
	});

	it('pauses and resumes, refreshing at once on resume', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0, 'RUNNING')));
		const { lastFrame, unmount } = render(<UpdateLogProbe api={api} />);
		await advance(0);

		latest?.togglePause();
		await advance(60_000);
		expect(lastFrame()).toContain('paused');
		expect(latest?.nextRefreshAt).toBeUndefined();
		expect(api.requestCount).toBe(1);

		latest?.togglePause();
		await advance(0);
		expect(api.requestCount).toBe(2);
		expect(lastFrame()).toContain('live');
		unmount();
	});

	it('stops refreshing and aborts the request in flight when unmounted', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0, 'RUNNING')));
		const { unmount } = render(<UpdateLogProbe api={api} />);
		unmount();
		await advance(60_000);

		expect(api.requestCount).toBe(1);
		expect(api.abortedCount).toBe(1);
	});
});
