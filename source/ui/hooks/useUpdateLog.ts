// Keeps a service's update log fresh on its own (see live/updateLogPoller.ts): one request in
// flight, the last good data kept when a refresh fails, a pause switch for the `p` key (the UI
// wires the key), and an announcement when an update finishes. The response keeps its identity
// across refreshes that changed nothing, and unchanged entries keep theirs, so whatever the UI
// holds by update_time (selection, scroll, open pane) survives every refresh.
import { useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { UpdateLogsResponse } from '../../api/types.js';
import type { ModelArtsApi } from '../../client/modelArtsApi.js';
import { hasFinishes } from '../../live/updateLogChanges.js';
import { createUpdateLogPoller, type UpdateLogPoller } from '../../live/updateLogPoller.js';

export interface UseUpdateLogOptions {
	api: ModelArtsApi;
	serviceId: string;
	/** Seconds between refreshes while a deploy is under way (5 when absent). */
	intervalSeconds?: number;
	/** Ring the terminal bell when an update finishes. */
	bell?: boolean;
	/** The service's status, when the caller knows it: 'deploying' refreshes at the live pace. */
	serviceStatus?: string;
}

export interface UpdateLogState {
	response?: UpdateLogsResponse;
	error?: { message: string; at: number };
	isLoading: boolean;
	lastSuccessAt?: number;
	nextRefreshAt?: number;
	isPaused: boolean;
	togglePause(): void;
	refreshNow(): void;
	/** update_time of the entries that arrived recently, for marking them. */
	newEntryTimes: ReadonlySet<number>;
	/** "update of 12:01:02 finished: FAIL after 3m 12s", set when an update ends. */
	announcement?: { text: string; at: number };
}

type Snapshot = Omit<UpdateLogState, 'togglePause' | 'refreshNow'>;

const loadingSnapshot: Snapshot = { isLoading: true, isPaused: false, newEntryTimes: new Set() };

export function useUpdateLog(options: UseUpdateLogOptions): UpdateLogState {
	const { api, serviceId, intervalSeconds, serviceStatus } = options;
	const { stdout } = useStdout();
	const [snapshot, setSnapshot] = useState<Snapshot>(loadingSnapshot);
	const pollerRef = useRef<UpdateLogPoller | undefined>(undefined);
	const isBellOnRef = useRef(options.bell ?? false);
	isBellOnRef.current = options.bell ?? false;
	const paceRef = useRef({ intervalSeconds, serviceStatus });
	paceRef.current = { intervalSeconds, serviceStatus };

	useEffect(() => {
		const poller = createUpdateLogPoller({
			api,
			serviceId,
			...paceRef.current,
			onSnapshot: setSnapshot,
			onRefresh(_response, changes) {
				if (isBellOnRef.current && hasFinishes(changes)) stdout.write('\x07');
			},
		});
		pollerRef.current = poller;
		setSnapshot(loadingSnapshot);
		poller.start();

		return () => poller.stop();
	}, [api, serviceId, stdout]);

	// A new pace must not restart the poller: that would drop the data the UI is showing.
	useEffect(() => {
		pollerRef.current?.setPace({ intervalSeconds, serviceStatus });
	}, [intervalSeconds, serviceStatus]);

	const [controls] = useState(() => ({
		togglePause: () => pollerRef.current?.togglePause(),
		refreshNow: () => pollerRef.current?.refreshNow(),
	}));

	return { ...snapshot, ...controls };
}
