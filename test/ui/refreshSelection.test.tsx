import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, history, service } from './fakeApi.js';
import { keys, renderApp } from './renderApp.js';

afterEach(() => cleanup());

function selectedLine(frame: string | undefined): string {
	return (frame ?? '').split('\n').find((line) => line.startsWith('›')) ?? '';
}

describe('a refresh that brings a newer update', () => {
	it('keeps the selection on the update it was on, even if the user never moved', async () => {
		const entries = history(5, Date.UTC(2026, 0, 1));
		const api = createFakeApi([service('svc', 'ranker')], { svc: entries });
		const app = renderApp(api, [newPane.updateLog('svc')]);
		await app.waitFor('of 5');
		expect(selectedLine(app.lastFrame())).toContain('resnet@1.5');

		const newer = { ...entries[0], update_time: Date.UTC(2026, 0, 1, 1), result: 'RUNNING' };
		const response = api.logs.get('svc');
		api.logs.set('svc', { ...response, logs: [newer, ...entries] } as never);
		await app.press(keys.ctrlR);
		await app.waitFor('of 6');

		expect(selectedLine(app.lastFrame())).toContain('resnet@1.5');
		expect(selectedLine(app.lastFrame())).not.toContain('RUNNING');
	});
});
