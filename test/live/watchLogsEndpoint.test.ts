// The watch and the poller against the built-in endpoint over real HTTP, its live mode at a
// fast pace on a clock the test steps, so a deploy finishes in a fraction of a second.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServiceSummary } from '../../source/api/types.js';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { failureEventQuery } from '../../source/live/failureEventWindow.js';
import { createUpdateLogPoller } from '../../source/live/updateLogPoller.js';
import { watchLogs } from '../../source/live/watchLogs.js';
import { clientFor } from '../client/demoFixture.js';

const paceSeconds = 1;
let clock = Date.now();
let demo: DemoEndpoint;
let deploying: ServiceSummary[];

beforeAll(async () => {
	demo = await startDemoEndpoint({ paceSeconds, now: () => clock });
	const services = await clientFor(demo).listServices();
	deploying = services.filter((service) => service.status === 'deploying');
});

afterAll(async () => {
	await demo?.close();
});

/**
 * Steps the endpoint's clock a pace step while `work` runs, but only after the endpoint has
 * answered `readersPerStep` requests since the last step: on a loaded machine the watches then
 * still see every step, instead of a clock that raced past a whole deploy between two polls.
 */
async function whileTimePasses<T>(work: Promise<T>, readersPerStep = 1): Promise<T> {
	let servedAtLastStep = demo.requestCount();
	const stepper = setInterval(() => {
		if (demo.requestCount() - servedAtLastStep < readersPerStep) return;
		servedAtLastStep = demo.requestCount();
		clock += paceSeconds * 1000;
	}, 5);
	try {
		return await work;
	} finally {
		clearInterval(stepper);
	}
}

interface Watching {
	serviceId: string;
	lines: string[];
	interrupt: AbortController;
	/** Set when the watch ended on its own (with --until-done). */
	exitCode?: number;
	done: Promise<number>;
}

function watch(serviceId: string, isUntilDone: boolean): Watching {
	const interrupt = new AbortController();
	const watching: Watching = { serviceId, lines: [], interrupt, done: Promise.resolve(0) };
	watching.done = watchLogs({
		api: clientFor(demo),
		serviceId,
		isNdjson: true,
		isUntilDone,
		intervalSeconds: 0.02,
		idleIntervalSeconds: 0.05,
		signal: interrupt.signal,
		writeLine: (line) => watching.lines.push(line),
		writeNote: () => {},
	}).then((code) => {
		if (!interrupt.signal.aborted) watching.exitCode = code;
		return code;
	});
	return watching;
}

async function stopAll(watches: Watching[]): Promise<void> {
	for (const each of watches) each.interrupt.abort();
	await Promise.all(watches.map((each) => each.done));
}

const waitLong = { timeout: 15_000, interval: 20 };

// Some deploying services of the demo are stuck on purpose; every test watches them all and
// waits for the ones that move.
describe('malog logs --watch against the live endpoint', () => {
	it('has deploys under way to watch', () => {
		expect(deploying.length).toBeGreaterThanOrEqual(2);
	});

	it('--until-done exits 0 when the newest update succeeds and 1 when it fails', async () => {
		const watches = deploying.map((service) => watch(service.service_id, true));
		const codesSeen = () => watches.map((each) => each.exitCode);
		await whileTimePasses(
			vi.waitFor(() => expect(codesSeen()).toEqual(expect.arrayContaining([0, 1])), waitLong),
			watches.length,
		).finally(() => stopAll(watches));

		// The endpoint's clock went on after a watch ended, so what ended it is its last line:
		// the change of the newest update, or the newest update itself when it started and
		// finished between two refreshes.
		for (const finished of watches.filter((each) => each.exitCode !== undefined)) {
			const events = finished.lines.map((line) => JSON.parse(line));
			const last = events.at(-1);
			const newest = Math.max(...events.map((event) => event.entry.update_time));

			expect(last.entry.update_time).toBe(newest);
			expect(last.entry.result).toMatch(/^(SUCCESS|FAIL)$/);
			expect(finished.exitCode).toBe(last.entry.result === 'SUCCESS' ? 0 : 1);
		}
		const changes = watches.flatMap((each) => each.lines.map((line) => JSON.parse(line)));
		expect(changes).toContainEqual(expect.objectContaining({ type: 'change', from: 'RUNNING' }));
	});

	it('prints new entries as updates start, until interrupted', async () => {
		const watches = deploying.map((service) => watch(service.service_id, false));
		await whileTimePasses(
			vi.waitFor(() => expect(watches.some((each) => each.lines.length > 0)).toBe(true), waitLong),
		);
		const printedFirst = watches.map((each) => each.lines.length);
		const hasNewEntry = () =>
			watches.some((each, index) =>
				each.lines.slice(printedFirst[index]).some((line) => JSON.parse(line).type === 'entry'),
			);

		await whileTimePasses(vi.waitFor(() => expect(hasNewEntry()).toBe(true), waitLong)).finally(
			() => stopAll(watches),
		);
		expect(await Promise.all(watches.map((each) => each.done))).toEqual(watches.map(() => 0));
	});
});

describe('the events of a failed update', () => {
	it('are the reasons of that update and not those of the one before', async () => {
		const api = clientFor(demo);
		const failuresAfterFailures = async () => {
			const logs = await Promise.all(deploying.map((each) => api.showUpdateLogs(each.service_id)));
			return logs.flatMap((log) => {
				const oldestFirst = [...log.logs].sort((a, b) => a.update_time - b.update_time);
				return oldestFirst
					.filter((entry, index) => {
						const before = oldestFirst[index - 1];
						return entry.result === 'FAIL' && before?.result === 'FAIL';
					})
					.map((entry) => ({ log, entry }));
			});
		};
		// A failure right after another failure: that one's reasons are the ones not to show.
		const failures = await whileTimePasses(
			vi.waitFor(async () => {
				const found = await failuresAfterFailures();
				expect(found.length).toBeGreaterThan(0);
				return found;
			}, waitLong),
		);

		for (const { log, entry } of failures) {
			const query = failureEventQuery(entry, log);
			const { events } = await api.listEvents(log.service_id, query);
			expect(events.length).toBeGreaterThan(0);
			for (const event of events) {
				expect(event.event_type).toBe('abnormal');
				expect(event.occur_time).toBeGreaterThanOrEqual(entry.update_time);
			}
		}
	});
});

describe('the poller against endpoint faults', () => {
	it('keeps the last good data and waits as long as Retry-After asks', async () => {
		const service = deploying[0] as ServiceSummary;
		const poller = createUpdateLogPoller({ api: clientFor(demo), serviceId: service.service_id });
		poller.start();
		await vi.waitFor(() => expect(poller.snapshot().response).toBeDefined(), waitLong);
		const good = poller.snapshot().response;

		demo.setFaults([{ kind: 'throttle', value: 120 }]);
		try {
			poller.refreshNow();
			await vi.waitFor(() => expect(poller.snapshot().error).toBeDefined(), { timeout: 5_000 });
			const snapshot = poller.snapshot();
			expect(snapshot.response).toBe(good);
			expect((snapshot.nextRefreshAt ?? 0) - Date.now()).toBeGreaterThan(110_000);
		} finally {
			poller.stop();
			demo.setFaults([]);
		}
	});
});
