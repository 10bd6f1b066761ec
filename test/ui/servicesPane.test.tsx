import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, service } from './fakeApi.js';
import { keys, renderApp } from './renderApp.js';

afterEach(() => cleanup());

describe('the service picker', () => {
	it('lists services with a status word and symbol', async () => {
		const api = createFakeApi([
			service('a', 'service-demo'),
			service('b', '图像分类', { status: 'failed' }),
		]);
		const app = renderApp(api, [newPane.services()]);
		const frame = await app.waitFor('图像分类');
		expect(frame).toContain('Services');
		expect(frame).toMatch(/failed/);
	});

	it('filters as you type and opens the service with enter', async () => {
		const api = createFakeApi([service('svc-demo', 'service-demo'), service('b', 'other-thing')]);
		const app = renderApp(api, [newPane.services()]);
		await app.waitFor('other-thing');
		await app.press('/', 'd', 'e', 'm', 'o');
		const filtered = await app.waitFor('/demo');
		expect(filtered).not.toContain('other-thing');
		await app.press(keys.enter, keys.enter);
		await app.waitFor('Update log of service-demo');
	});
});
