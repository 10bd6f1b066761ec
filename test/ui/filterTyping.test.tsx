// Keys typed into the `/` filter faster than frames are drawn (a fast typist, key repeat, keys
// batched over SSH) each apply to the text the previous key left: none is lost.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, service } from './fakeApi.js';
import { keys, renderApp } from './renderApp.js';

afterEach(() => cleanup());

const services = [service('svc-demo', 'service-demo'), service('svc-face', 'face-recognition')];

describe('the filter prompt under fast typing', () => {
	it('keeps every character when keys arrive one by one before a frame is drawn', async () => {
		const app = renderApp(createFakeApi(services), [newPane.services()]);
		await app.waitFor('1–2 of 2');
		app.stdin.write('/');
		// No wait between keys: each is its own input event, all before React draws again.
		for (const character of 'service-demo') app.stdin.write(character);
		const frame = await app.waitFor('/service-demo_');
		expect(frame).toContain('1–1 of 1');
	});

	it('erases one character per key, also when erases come faster than frames', async () => {
		const app = renderApp(createFakeApi(services), [newPane.services()]);
		await app.waitFor('1–2 of 2');
		app.stdin.write('/');
		for (const character of 'service-demoxyz') app.stdin.write(character);
		for (let erase = 0; erase < 3; erase++) app.stdin.write(keys.backspace);
		app.stdin.write('中');
		await app.waitFor('/service-demo中_');
	});

	it('opens the filter and types the keys that arrived with the `/` in one read', async () => {
		const app = renderApp(createFakeApi(services), [newPane.services()]);
		await app.waitFor('1–2 of 2');
		app.stdin.write('/face');
		await app.waitFor('/face_');
		await app.press(keys.enter, keys.enter);
		await app.waitFor('Update log of face-recognition');
		expect(app.lastFrame()).not.toContain('/face_');
	});
});
