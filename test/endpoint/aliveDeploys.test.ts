// The alive mode with an injected clock: no sleeping, the test moves time itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
	ServiceDetail,
	ServiceEventsResponse,
	UpdateLogsResponse,
} from '../../source/api/types.js';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { documentedServiceId } from '../../source/endpoint/documentedExample.js';
import { liveServiceNames } from '../../source/endpoint/serviceRoles.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { servicesPath, signedGet } from './signedFetch.js';

const paceSeconds = 5;

describe('alive deploys on an injected clock', () => {
	let endpoint: DemoEndpoint;
	let now = 1_800_000_000_000;
	const ids: Record<string, string> = {};
	const body = async <T>(rest: string) =>
		(await signedGet(endpoint, servicesPath(endpoint, rest))).body as T;
	const newestOf = async (id: string) =>
		(await body<UpdateLogsResponse>(`/${id}/logs`)).logs.at(-1);

	beforeAll(async () => {
		endpoint = await startDemoEndpoint({ paceSeconds, now: () => now });
		const list = await body<{ services: ServiceDetail[] }>('?status=deploying');
		for (const each of list.services) ids[each.service_name] = each.service_id;
	});
	afterAll(() => endpoint.close());

	it('finishes the RUNNING updates and starts new ones, with every result', async () => {
		const seen = new Map<string, Set<string>>();
		const counts = new Map<string, number[]>();

		for (let step = 0; step <= 60; step += 1) {
			now = 1_800_000_000_000 + step * paceSeconds * 1000;
			for (const name of Object.values(liveServiceNames)) {
				const logs = (await body<UpdateLogsResponse>(`/${ids[name]}/logs`)).logs;
				seen.set(name, (seen.get(name) ?? new Set()).add(logs.at(-1)?.result ?? ''));
				counts.set(name, [...(counts.get(name) ?? []), logs.length]);
			}
		}

		for (const name of Object.values(liveServiceNames)) {
			const [first = 0, ...rest] = counts.get(name) ?? [];
			expect(seen.get(name)).toContain('RUNNING');
			expect(rest.at(-1)).toBeGreaterThan(first + 3);
		}
		const results = new Set([...seen.values()].flatMap((each) => [...each]));
		expect(results).toEqual(new Set(['RUNNING', 'SUCCESS', 'FAIL']));
	});

	it('has abnormal events after each FAIL', async () => {
		for (const name of Object.values(liveServiceNames)) {
			const logs = (await body<UpdateLogsResponse>(`/${ids[name]}/logs`)).logs;
			const events = (await body<ServiceEventsResponse>(`/${ids[name]}/events?event_type=abnormal`))
				.events;
			for (const failed of logs.filter((each) => each.result === 'FAIL')) {
				expect(events.some((each) => each.occur_time > failed.update_time)).toBe(true);
			}
		}
	});

	it('fills in edge node results as nodes finish', async () => {
		now = 1_800_000_000_000;
		const edgeId = ids[liveServiceNames.edge] ?? '';
		const done: number[] = [];
		const first = (await newestOf(edgeId))?.update_time;
		for (let tenth = 0; tenth <= 40; tenth += 1) {
			now = 1_800_000_000_000 + tenth * 500;
			const newest = await newestOf(edgeId);
			if (newest?.update_time === first) done.push(newest?.result_detail?.length ?? 0);
		}

		expect(done[0]).toBe(0);
		expect(new Set(done).size).toBeGreaterThan(3);
		expect(done).toEqual([...done].sort((a, b) => a - b));
	});

	it('shows deploying with progress while RUNNING and a final status after', async () => {
		now = 1_800_000_000_000 + 1;
		const running = await body<ServiceDetail>(`/${ids[liveServiceNames.realTime]}`);
		now = 1_800_000_000_000 + 5 * paceSeconds * 1000;
		const later = await body<ServiceDetail>(`/${ids[liveServiceNames.realTime]}`);

		expect(running).toMatchObject({ status: 'deploying' });
		expect(['running', 'failed', 'deploying']).toContain(later.status);
		expect(later.update_time).toBeGreaterThanOrEqual(running.update_time ?? 0);
	});

	it('never changes the documented example', async () => {
		now = 1_800_000_000_000 + 3_600_000;
		const logs = (await body<UpdateLogsResponse>(`/${documentedServiceId}/logs`)).logs;

		expect(logs).toHaveLength(1);
		expect(logs[0]).toMatchObject({ result: 'RUNNING', update_time: 1586250930708 });
	});

	it('stays frozen with pace 0', async () => {
		let frozenNow = 1_800_000_000_000;
		const frozen = await startDemoEndpoint({ paceSeconds: 0, now: () => frozenNow });
		const path = `/v1/${frozen.projectId}/services/${ids[liveServiceNames.realTime]}/logs`;
		const before = await signedGet(frozen, path);
		frozenNow += 3_600_000;
		const after = await signedGet(frozen, path);
		await frozen.close();

		expect(after.body).toEqual(before.body);
	});
});
