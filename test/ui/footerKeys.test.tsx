import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, demoEntry, service } from './fakeApi.js';
import { keys, renderApp } from './renderApp.js';

afterEach(() => cleanup());

const footer = (frame: string) => frame.split('\n').at(-1) ?? '';
const failed = { ...demoEntry, result: 'FAIL' };

describe('footer hints name only keys that work on the screen', () => {
	it('offers enter open where there is something to open, and not in a config', async () => {
		const app = renderApp(createFakeApi(), [newPane.updateLog('svc-demo')]);
		await app.waitFor('1–1 of 1');
		await app.press(keys.enter);
		const entry = await app.waitFor('config 1: model-demo@0.0.1');
		expect(footer(entry)).toContain('open');
		await app.press(keys.enter);
		const config = await app.waitFor('envs.API_TOKEN');
		expect(footer(config)).toContain('back');
		expect(footer(config)).not.toContain('open');
	});

	it('leaves open out of the events pane', async () => {
		const api = createFakeApi([service('svc-demo', 'service-demo')], { 'svc-demo': [failed] });
		const app = renderApp(api, [newPane.updateLog('svc-demo')]);
		await app.waitFor('1–1 of 1');
		await app.press('e');
		const events = await app.waitFor('Abnormal events');
		expect(footer(events)).toContain('back');
		expect(footer(events)).not.toContain('open');
	});

	it('with a saved file, e says events are not available instead of "no abnormal events"', async () => {
		const api = createFakeApi([service('svc-demo', 'service-demo')], { 'svc-demo': [failed] });
		const app = renderApp(api, [newPane.updateLog('svc-demo')], {}, undefined, {
			isDemo: false,
			fileName: 'saved.json',
		});
		const log = await app.waitFor('1–1 of 1');
		expect(footer(log)).not.toContain('e events');
		await app.press('e');
		const frame = await app.waitFor('events are not available for a saved file');
		expect(frame).not.toContain('No abnormal events');
	});
});
