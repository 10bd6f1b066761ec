import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, demoEntry, history, service } from './fakeApi.js';
import { keys, renderApp, resizeTo } from './renderApp.js';

afterEach(() => cleanup());

describe('the update log', () => {
	it('shows the documented entry with its time, result and model', async () => {
		const app = renderApp(createFakeApi(), [newPane.services(), newPane.updateLog('svc-demo')]);
		await app.press('t');
		const frame = await app.waitFor('model-demo@0.0.1');
		expect(frame).toContain('2020-04-07 09:15:30');
		expect(frame).toContain('RUNNING');
		expect(frame).toContain('Update log of service-demo');
	});

	it('pages through a long history and says where it is', async () => {
		const api = createFakeApi([service('long', '长历史')], { long: history(2137) });
		const app = renderApp(api, [newPane.updateLog('long')]);
		await app.waitFor('of 2,137');
		await app.press(keys.pageDown);
		await app.waitFor('19–36 of 2,137');
		await app.press('G');
		await app.waitFor('2,120–2,137 of 2,137');
		const lines = (app.lastFrame() ?? '').split('\n');
		expect(lines.length).toBeLessThanOrEqual(23);
	});

	it('filters by result and by text', async () => {
		const api = createFakeApi([service('long', 'x')], { long: history(40) });
		const app = renderApp(api, [newPane.updateLog('long')]);
		await app.waitFor('of 40');
		await app.press('f');
		const failed = await app.waitFor('result FAIL');
		expect(failed).not.toContain('SUCCESS');
		await app.press('/1.39\r');
		await app.waitFor('1–1 of 1');
	});
});

describe('nested panes', () => {
	it('opens an entry, its config with secrets masked, reveals them on r, and goes back', async () => {
		const app = renderApp(createFakeApi(), [newPane.updateLog('svc-demo')]);
		await app.waitFor('model-demo@0.0.1');
		await app.press(keys.enter);
		await app.waitFor('config 1: model-demo@0.0.1');
		await app.press(keys.enter);
		const masked = await app.waitFor('envs.API_TOKEN');
		expect(masked).not.toContain('tok-very-secret');
		expect(masked).toContain('debug');
		await app.press('r');
		await app.waitFor('tok-very-secret');
		await app.press(keys.escape);
		await app.waitFor('Update 2020-04-07');
		await app.press(keys.left);
		await app.waitFor('Update log of service-demo');
	});

	it('hides every env value with --mask-all-envs, even on r', async () => {
		const app = renderApp(createFakeApi(), [newPane.updateLog('svc-demo')], { maskAllEnvs: true });
		await app.waitFor('model-demo@0.0.1');
		await app.press(keys.enter, keys.enter);
		await app.waitFor('envs.LOG_LEVEL');
		await app.press('r');
		const frame = await app.waitFor('all env values hidden');
		expect(frame).not.toContain('debug');
		expect(frame).not.toContain('tok-very-secret');
	});

	it('shows edge node results, failures first, and failures only on x', async () => {
		const edge = {
			...demoEntry,
			result: 'FAIL',
			success_num: 1,
			failed_num: 1,
			result_detail: [
				{ node_id: 'n-1', node_name: '边缘节点-a', operation: 'deploy', result: true },
				{ node_id: 'n-2', node_name: '边缘节点-b', operation: 'deploy', result: false },
			],
		};
		const app = renderApp(createFakeApi([service('e', 'edge')], { e: [edge] }), [
			newPane.updateLog('e'),
		]);
		await app.waitFor('FAIL');
		await app.press(keys.enter);
		await app.waitFor('edge node results');
		// A move and Enter arriving together (a paste, tmux send-keys) act in order.
		await app.press(`j${keys.enter}`);
		await app.waitFor('1 succeeded, 1 failed');
		await app.press('x');
		const failures = await app.waitFor('failures only');
		expect(failures).toContain('边缘节点-b');
		expect(failures).not.toContain('边缘节点-a');
	});

	it('compares an update with the one before', async () => {
		const api = createFakeApi([service('h', 'h')], { h: history(3) });
		const app = renderApp(api, [newPane.updateLog('h')]);
		await app.waitFor('of 3');
		await app.press('d');
		const frame = await app.waitFor('Changes since the previous update');
		expect(frame).toMatch(/1\.2.*1\.3|model_version/);
	});
});

describe('around the panes', () => {
	it('opens the help generated from the key table and closes it', async () => {
		const app = renderApp(createFakeApi(), [newPane.services()]);
		await app.waitFor('service-demo');
		await app.press('?');
		await app.waitFor('Help: keys');
		await app.press(keys.escape);
		await app.waitFor('Services');
	});

	it('quits on q and on Ctrl-C, but q typed in a filter is text', async () => {
		const app = renderApp(createFakeApi(), [newPane.services()]);
		await app.waitFor('service-demo');
		await app.press('/', 'q');
		await app.waitFor('/q_');
		expect(app.quits).toBe(0);
		await app.press(keys.ctrlC);
		expect(app.quits).toBe(1);
	});

	it('says the terminal is too small below 60x15 and comes back when it grows', async () => {
		const app = renderApp(createFakeApi(), [newPane.services()]);
		await app.waitFor('service-demo');
		resizeTo(app, { columns: 50, rows: 20 });
		await app.waitFor('terminal too small (need 60x15)');
		resizeTo(app, { columns: 60, rows: 15 });
		const frame = await app.waitFor('service-demo');
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
	});
});
