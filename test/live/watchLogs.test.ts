import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationError, ServerError } from '../../source/client/clientErrors.js';
import { type WatchLogsOptions, watchLogs } from '../../source/live/watchLogs.js';
import { createFakeUpdateLogApi } from './fakeUpdateLogApi.js';
import { entry, t0, updateLog } from './updateLogFixtures.js';

const minute = 60_000;

function startWatch(api: WatchLogsOptions['api'], extra: Partial<WatchLogsOptions> = {}) {
	const lines: string[] = [];
	const notes: string[] = [];
	let exitCode: number | undefined;
	let failure: unknown;
	const done = watchLogs({
		api,
		serviceId: 'svc-1',
		writeLine: (line) => lines.push(line),
		writeNote: (line) => notes.push(line),
		...extra,
	}).then(
		(code) => {
			exitCode = code;
		},
		(error: unknown) => {
			failure = error;
		},
	);
	return { lines, notes, done, exitCode: () => exitCode, failure: () => failure };
}

async function advance(milliseconds: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(milliseconds);
	for (let turn = 0; turn < 5; turn += 1) await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
	vi.useFakeTimers({ now: t0 + 2 * minute });
});

afterEach(() => {
	vi.useRealTimers();
});

describe('watchLogs', () => {
	it('prints the entries oldest first, then changes and new entries, until stopped', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0 + minute, 'RUNNING'), entry(t0, 'FAIL')));
		const interrupt = new AbortController();
		const watch = startWatch(api, { signal: interrupt.signal });
		await advance(0);
		expect(watch.lines).toHaveLength(2);
		expect(watch.lines[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:00:00 {2}FAIL {5}resnet@1\.0\.0 100%/);
		expect(watch.lines[1]).toContain('RUNNING  resnet@1.0.0 100%  ×1');

		api.log = updateLog(
			entry(t0 + 2 * minute, 'RUNNING'),
			entry(t0 + minute, 'SUCCESS'),
			entry(t0, 'FAIL'),
		);
		await advance(5_000);
		expect(watch.lines.slice(2)).toHaveLength(2);
		expect(watch.lines[3]).toMatch(/:02:00 {2}RUNNING/);
		expect(watch.lines[2]).toMatch(/:01:00 {2}RUNNING → SUCCESS after 1m 05s$/);

		await advance(60_000);
		expect(watch.lines).toHaveLength(4);
		interrupt.abort();
		await watch.done;
		expect(watch.exitCode()).toBe(0);
		const requests = api.requestCount;
		await advance(60_000);
		expect(api.requestCount).toBe(requests);
	});

	it('writes NDJSON events with a type, secrets masked', async () => {
		const running = entry(t0 + minute, 'RUNNING');
		running.config = [{ model_name: 'resnet', envs: { DB_PASSWORD: 'hunter2', MODE: 'fast' } }];
		const api = createFakeUpdateLogApi(updateLog(running));
		const watch = startWatch(api, { isNdjson: true, isUntilDone: true });
		await advance(0);

		const finished = structuredClone(running);
		finished.result = 'SUCCESS';
		api.log = updateLog(finished);
		await advance(5_000);
		await watch.done;

		const events = watch.lines.map((line) => JSON.parse(line));
		expect(events.map((event) => event.type)).toEqual(['entry', 'change']);
		expect(events[0].entry.update_time).toBe(t0 + minute);
		expect(events[1]).toMatchObject({ from: 'RUNNING', to: 'SUCCESS', duration_ms: 65_000 });
		expect(watch.lines.join('\n')).not.toContain('hunter2');
		expect(watch.lines.join('\n')).toContain('fast');
	});

	it.each([
		['SUCCESS', 0],
		['FAIL', 1],
	])(
		'--until-done ends when the newest update ends in %s, with exit code %i',
		async (result, code) => {
			const api = createFakeUpdateLogApi(
				updateLog(entry(t0 + minute, 'RUNNING'), entry(t0, 'SUCCESS')),
			);
			const watch = startWatch(api, { isUntilDone: true });
			await advance(10_000);
			expect(watch.exitCode()).toBeUndefined();

			api.log = updateLog(entry(t0 + minute, result), entry(t0, 'SUCCESS'));
			await advance(5_000);
			await watch.done;
			expect(watch.exitCode()).toBe(code);
			expect(watch.notes).toContain(`the newest update finished: ${result}`);
		},
	);

	it('--until-done ends at once when the newest update has already finished', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0 + minute, 'FAIL'), entry(t0, 'RUNNING')));
		const watch = startWatch(api, { isUntilDone: true });
		await advance(0);
		await watch.done;
		expect(watch.exitCode()).toBe(1);
	});

	it('says when a refresh failed and goes on with the last good data', async () => {
		const api = createFakeUpdateLogApi(updateLog(entry(t0 + minute, 'RUNNING')));
		const watch = startWatch(api, { isUntilDone: true });
		await advance(0);

		api.failures.push(new ServerError('ModelArts answered 503', { status: 503 }));
		await advance(5_000);
		expect(watch.notes.at(-1)).toMatch(
			/^refresh failed: ModelArts answered 503 — retrying in \d+s$/,
		);

		api.log = updateLog(entry(t0 + minute, 'SUCCESS'));
		await advance(10_000);
		await watch.done;
		expect(watch.exitCode()).toBe(0);
	});

	it('fails at once when the service cannot be read and nothing says it will heal', async () => {
		const api = createFakeUpdateLogApi(updateLog());
		api.failures.push(new AuthenticationError('The AK/SK were not accepted', { status: 401 }));
		const watch = startWatch(api);
		await advance(0);
		await watch.done;
		expect(watch.failure()).toBeInstanceOf(AuthenticationError);
		expect(api.requestCount).toBe(1);
	});
});
