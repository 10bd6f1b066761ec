import { describe, expect, it } from 'vitest';
import { headerPlace } from '../../source/ui/layout/Header.js';
import { appReducer, frontPane, initialState } from '../../source/ui/state/appState.js';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi } from './fakeApi.js';

const keys = ['c', 'b', 'a'];

describe('the navigation reducer', () => {
	it('pins the selection when opening a pane and finds it again on back', () => {
		let state = initialState([newPane.services()]);
		state = appReducer(state, { type: 'move', move: 'down', keys, pageSize: 10 });
		state = appReducer(state, { type: 'push', pane: newPane.updateLog('b'), selectedKey: 'b' });
		expect(frontPane(state).kind).toBe('updateLog');
		state = appReducer(state, { type: 'back' });
		expect(frontPane(state)).toMatchObject({ kind: 'services', cursor: { selectedKey: 'b' } });
	});

	it('clears a kept filter before leaving the pane', () => {
		let state = initialState([newPane.services(), newPane.updateLog('b')]);
		state = appReducer(state, { type: 'filter', edit: { kind: 'start' } });
		state = appReducer(state, { type: 'filter', edit: { kind: 'type', text: 'fail' } });
		state = appReducer(state, { type: 'filter', edit: { kind: 'accept' } });
		state = appReducer(state, { type: 'back' });
		expect(frontPane(state)).toMatchObject({ kind: 'updateLog', filter: { text: '' } });
		state = appReducer(state, { type: 'back' });
		expect(frontPane(state).kind).toBe('services');
	});

	it('forgets the connection, and so the header label, when back on the profile picker', () => {
		const api = createFakeApi();
		const label = { isDemo: false, profileName: '生产', region: 'cn-north-4' };
		let state = initialState([newPane.profiles()]);
		state = appReducer(state, {
			type: 'connected',
			connection: { api, label },
			panes: [newPane.services()],
		});
		expect(state.connection?.label).toEqual(label);
		state = appReducer(state, { type: 'back' });
		expect(frontPane(state).kind).toBe('profiles');
		expect(state.connection).toBeUndefined();
		expect(headerPlace(state.connection?.label)).toBe('no profile chosen');
	});

	it('never pops the first pane', () => {
		const state = initialState([newPane.services()]);
		expect(appReducer(state, { type: 'back' })).toBe(state);
	});

	it('cycles the result filter through all, FAIL, RUNNING, SUCCESS', () => {
		let state = initialState([newPane.updateLog('b')]);
		const seen: string[] = [];
		for (let step = 0; step < 4; step++) {
			state = appReducer(state, { type: 'cycleResultFilter' });
			const pane = frontPane(state);
			if (pane.kind === 'updateLog') seen.push(pane.resultFilter);
		}
		expect(seen).toEqual(['FAIL', 'RUNNING', 'SUCCESS', 'all']);
	});

	it('toggles env reveal only on a config pane and forgets it when the pane closes', () => {
		let state = initialState([newPane.updateLog('b'), newPane.entry(1)]);
		state = appReducer(state, { type: 'push', pane: newPane.config(1, 0) });
		state = appReducer(state, { type: 'toggleReveal' });
		expect(frontPane(state)).toMatchObject({ isRevealed: true });
		state = appReducer(appReducer(state, { type: 'back' }), {
			type: 'push',
			pane: newPane.config(1, 0),
		});
		expect(frontPane(state)).toMatchObject({ isRevealed: false });
	});
});
