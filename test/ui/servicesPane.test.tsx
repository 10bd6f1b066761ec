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

	it('says so when the project has no services', async () => {
		const app = renderApp(createFakeApi([]), [newPane.services()]);
		await app.waitFor('No services in this project');
	});

	it('pages through 1,000 services and refreshes on Ctrl-r', async () => {
		const many = Array.from({ length: 1000 }, (_, index) =>
			service(`id-${index}`, `推理服务-${String(index).padStart(4, '0')}`),
		);
		const api = createFakeApi(many);
		const app = renderApp(api, [newPane.services()]);
		await app.waitFor('of 1,000');
		await app.press('G');
		await app.waitFor('推理服务-0999');

		const listed = api.calls.length;
		await app.press(keys.ctrlR);
		await waitUntil(() => api.calls.length > listed);
	});
});

async function waitUntil(condition: () => boolean): Promise<void> {
	const deadline = Date.now() + 3000;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('the condition never held');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
