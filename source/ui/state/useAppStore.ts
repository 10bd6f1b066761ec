// The reducer behind a ref as well as in React state: keys can arrive faster than frames are
// drawn (a paste, a fast typist, tmux send-keys), and the handler of the second key must see
// what the first one did, not the state of the last frame.
import { useCallback, useRef, useState } from 'react';
import { type AppAction, type AppState, appReducer } from './appState.js';

export interface AppStore {
	state: AppState;
	dispatch(action: AppAction): void;
	/** The state with every dispatched action applied, drawn or not. */
	latest(): AppState;
}

export function useAppStore(createInitial: () => AppState): AppStore {
	const [state, setState] = useState(createInitial);
	const latestRef = useRef(state);

	const dispatch = useCallback((action: AppAction) => {
		const next = appReducer(latestRef.current, action);
		if (next === latestRef.current) return;
		latestRef.current = next;
		setState(next);
	}, []);
	const latest = useCallback(() => latestRef.current, []);

	return { state, dispatch, latest };
}
