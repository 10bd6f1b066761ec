// The store's contents as React state, re-read after every change the screen makes. A store
// that fails (file unreadable, lock held) becomes a status line, never a crash.
import { useCallback, useRef, useState } from 'react';
import type { Profile } from '../../profiles/profile.js';
import type { ProfileStore } from '../../profiles/profileStore.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import type { Status } from './ProfileScreen.js';

export interface StoreSnapshot {
	profiles: Profile[];
	defaultName?: string;
	error?: Status;
}

function readSnapshot(store: ProfileStore): StoreSnapshot {
	try {
		return { profiles: store.list(), defaultName: store.defaultName() };
	} catch (error) {
		return { profiles: [], error: failureStatus(error) };
	}
}

export function failureStatus(error: unknown): Status {
	const message = error instanceof Error ? error.message : String(error);
	return { text: sanitizeText(message), tone: 'error' };
}

export function useStoreSnapshot(store: ProfileStore) {
	const [snapshot, setSnapshot] = useState(() => readSnapshot(store));
	// Keys can arrive faster than React renders: handlers read the newest snapshot from here.
	const latest = useRef(snapshot);

	/** Runs a store change and re-reads; returns the failure, if any, as a status. */
	const change = useCallback(
		(action: () => void): Status | undefined => {
			let failure: Status | undefined;
			try {
				action();
			} catch (error) {
				failure = failureStatus(error);
			}
			latest.current = readSnapshot(store);
			setSnapshot(latest.current);
			return failure;
		},
		[store],
	);

	return { snapshot, latestSnapshot: () => latest.current, change };
}
