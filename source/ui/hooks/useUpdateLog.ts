// Keeps a service's update log fresh on its own: one request in flight, the last good data kept
// when a refresh fails, and a pause switch for the `p` key (the UI wires the key).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UpdateLogsResponse } from '../../api/types.js';
import type { ModelArtsApi } from '../../client/modelArtsApi.js';

export interface UseUpdateLogOptions {
	api: ModelArtsApi;
	serviceId: string;
	/** Seconds between refreshes while a deploy is under way (the default is 5). */
	intervalSeconds?: number;
	/** Ring the terminal bell when an update finishes. */
	bell?: boolean;
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
	announcement?: { text: string; at: number };
}

const emptySet: ReadonlySet<number> = new Set();

export function useUpdateLog({
	api,
	serviceId,
	intervalSeconds = 5,
}: UseUpdateLogOptions): UpdateLogState {
	const [response, setResponse] = useState<UpdateLogsResponse>();
	const [error, setError] = useState<{ message: string; at: number }>();
	const [isLoading, setIsLoading] = useState(true);
	const [lastSuccessAt, setLastSuccessAt] = useState<number>();
	const [nextRefreshAt, setNextRefreshAt] = useState<number>();
	const [isPaused, setIsPaused] = useState(false);
	const [tick, setTick] = useState(0);
	const pausedRef = useRef(false);

	// biome-ignore lint/correctness/useExhaustiveDependencies: a new tick is what starts a refresh
	useEffect(() => {
		const controller = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		setIsLoading(true);
		api
			.showUpdateLogs(serviceId, {}, { signal: controller.signal })
			.then((next) => {
				setResponse(next);
				setError(undefined);
				setLastSuccessAt(Date.now());
			})
			.catch((failure: unknown) => {
				if (controller.signal.aborted) return;
				const message = failure instanceof Error ? failure.message : String(failure);
				setError({ message, at: Date.now() });
			})
			.finally(() => {
				if (controller.signal.aborted) return;
				setIsLoading(false);
				if (pausedRef.current) return;
				const delayMs = intervalSeconds * 1000;
				setNextRefreshAt(Date.now() + delayMs);
				timer = setTimeout(() => setTick((value) => value + 1), delayMs);
			});
		return () => {
			controller.abort();
			clearTimeout(timer);
		};
	}, [api, serviceId, intervalSeconds, tick]);

	const togglePause = useCallback(() => {
		pausedRef.current = !pausedRef.current;
		setIsPaused(pausedRef.current);
		if (!pausedRef.current) setTick((value) => value + 1);
	}, []);

	const refreshNow = useCallback(() => setTick((value) => value + 1), []);

	return {
		response,
		error,
		isLoading,
		lastSuccessAt,
		nextRefreshAt: isPaused ? undefined : nextRefreshAt,
		isPaused,
		togglePause,
		refreshNow,
		newEntryTimes: emptySet,
	};
}
