import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, service } from './fakeApi.js';
import { keys, renderApp } from './renderApp.js';

afterEach(() => cleanup());

const longMessage =
	'HTTP 401 APIGW.0301: Incorrect IAM authentication information: verify aksk signature fail, ' +
	'the access key AKEXAMPLE1234 was not found in region cn-north-4 (request 7c1f0e9a-end-of-message)';

describe('the service picker when listing fails', () => {
	it('says it could not list services and shows the whole error, wrapped', async () => {
		const api = createFakeApi([]);
		api.failNext = new Error(longMessage);
		const app = renderApp(api, [newPane.services()]);
		const frame = await app.waitFor('Ctrl-r tries again');
		expect(frame).not.toContain('No services in this project');
		expect(frame).toMatch(/could not list services/i);
		expect(frame.replace(/[\s│|]+/g, '')).toContain(longMessage.replace(/\s+/g, ''));
		expect(frame.split('\n').length).toBeLessThanOrEqual(24);
	});

	it('keeps frames within the height on a short terminal', async () => {
		const api = createFakeApi([]);
		api.failNext = new Error(longMessage.repeat(6));
		const app = renderApp(api, [newPane.services()], {}, { columns: 60, rows: 15 });
		const frame = await app.waitFor('Ctrl-r tries again');
		expect(frame.split('\n').length).toBeLessThanOrEqual(15);
	});

	it('lists the services once Ctrl-r succeeds', async () => {
		const api = createFakeApi([service('a', 'service-demo')]);
		api.failNext = new Error('HTTP 401 unauthorised');
		const app = renderApp(api, [newPane.services()]);
		await app.waitFor('Ctrl-r tries again');
		await app.press(keys.ctrlR);
		const frame = await app.waitFor('service-demo');
		expect(frame).not.toContain('Ctrl-r tries again');
	});
});
