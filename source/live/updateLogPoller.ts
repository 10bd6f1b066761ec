// Keeps one service's update log fresh: one request in flight at a time, the next refresh
// timed by the refresh schedule or, after failures, by the backoff; the last good data kept
// through failures. Shared by the explorer (through useUpdateLog) and `malog logs --watch`.
import type { UpdateLogsResponse } from '../api/types.js';
import type { ModelArtsApi } from '../client/modelArtsApi.js';
import { mergeUpdateLogs } from './mergeUpdateLog.js';
import {
	markedUpdateTimes,
	type NewEntryMarks,
	noMarks,
	refreshNewEntryMarks,
} from './newEntryMarks.js';
import { backoffDelayMs, retryAfterMsOf } from './refreshBackoff.js';
import { chooseRefreshDelayMs } from './refreshSchedule.js';
import { combineAnnouncements, describeFinishes } from './refreshStatus.js';
import { findUpdateLogChanges, type UpdateLogChanges } from './updateLogChanges.js';

export interface PollerSnapshot {
	response?: UpdateLogsResponse;
	error?: { message: string; at: number };
	isLoading: boolean;
	lastSuccessAt?: number;
	nextRefreshAt?: number;
	isPaused: boolean;
	failureCount: number;
	newEntryTimes: ReadonlySet<number>;
	announcement?: { text: string; at: number };
}

export interface UpdateLogPollerOptions {
	api: ModelArtsApi;
	serviceId: string;
	/** Seconds between refreshes while a deploy is under way. */
	intervalSeconds?: number;
	/** Seconds between refreshes when no deploy runs (30 when absent). */
	idleIntervalSeconds?: number;
	serviceStatus?: string;
	now?: () => number;
	random?: () => number;
	/** Every change of the snapshot. */
	onSnapshot?(snapshot: PollerSnapshot): void;
	/** After each good fetch, with what changed since the one before. */
	onRefresh?(response: UpdateLogsResponse, changes: UpdateLogChanges): void;
	/** After each failed fetch, with the wait before the next try. */
	onFailure?(error: unknown, retryInMs: number): void;
}

/** What sets the pace of refreshes; it may change while the poller runs. */
export interface RefreshPace {
	intervalSeconds?: number;
	serviceStatus?: string;
}

export interface UpdateLogPoller {
	start(): void;
	/** Takes a new pace from the next refresh on (a pending wait restarts unless backing off). */
	setPace(pace: RefreshPace): void;
	stop(): void;
	togglePause(): void;
	refreshNow(): void;
	snapshot(): PollerSnapshot;
}

export function createUpdateLogPoller(options: UpdateLogPollerOptions): UpdateLogPoller {
	const now = options.now ?? Date.now;
	let state: PollerSnapshot = {
		isLoading: false,
		isPaused: false,
		failureCount: 0,
		newEntryTimes: new Set(),
	};
	let marks: NewEntryMarks = noMarks;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let inFlight: AbortController | undefined;
	let isStopped = false;
	let pace: RefreshPace = {
		intervalSeconds: options.intervalSeconds,
		serviceStatus: options.serviceStatus,
	};

	function update(patch: Partial<PollerSnapshot>): void {
		state = { ...state, ...patch };
		options.onSnapshot?.(state);
	}

	function normalDelayMs(): number {
		return chooseRefreshDelayMs({
			response: state.response,
			serviceStatus: pace.serviceStatus,
			liveIntervalSeconds: pace.intervalSeconds,
			idleIntervalSeconds: options.idleIntervalSeconds,
		});
	}

	function schedule(delayMs: number): Partial<PollerSnapshot> {
		clearTimeout(timer);
		if (isStopped || state.isPaused) return { nextRefreshAt: undefined };

		timer = setTimeout(fetchOnce, delayMs);
		return { nextRefreshAt: now() + delayMs };
	}

	async function fetchOnce(): Promise<void> {
		if (isStopped || inFlight) return;
		clearTimeout(timer);

		const controller = new AbortController();
		inFlight = controller;
		update({ isLoading: true, nextRefreshAt: undefined });

		try {
			const signal = controller.signal;
			const fresh = await options.api.showUpdateLogs(options.serviceId, undefined, { signal });
			if (!controller.signal.aborted) acceptResponse(fresh);
		} catch (error) {
			if (!controller.signal.aborted) acceptFailure(error);
		} finally {
			if (inFlight === controller) inFlight = undefined;
		}
	}

	function acceptResponse(fresh: UpdateLogsResponse): void {
		const seenAt = now();
		const changes = findUpdateLogChanges(state.response, fresh, seenAt);
		const newTimes = changes.newEntries.map((entry) => entry.update_time);
		const nextMarks = refreshNewEntryMarks(marks, newTimes, seenAt);
		const finishes = describeFinishes(changes, seenAt);

		const patch: Partial<PollerSnapshot> = {
			response: mergeUpdateLogs(state.response, fresh),
			error: undefined,
			isLoading: false,
			failureCount: 0,
			lastSuccessAt: seenAt,
		};
		if (nextMarks !== marks) patch.newEntryTimes = markedUpdateTimes(nextMarks);
		if (finishes) patch.announcement = combineAnnouncements(state.announcement, finishes, seenAt);
		marks = nextMarks;
		state = { ...state, ...patch };

		update(schedule(normalDelayMs()));
		options.onRefresh?.(state.response as UpdateLogsResponse, changes);
	}

	function acceptFailure(error: unknown): void {
		const failureCount = state.failureCount + 1;
		const delayMs = backoffDelayMs({
			failureCount,
			baseDelayMs: normalDelayMs(),
			retryAfterMs: retryAfterMsOf(error),
			random: options.random,
		});
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

		state = { ...state, isLoading: false, failureCount, error: { message, at: now() } };
		update(schedule(delayMs));
		options.onFailure?.(error, delayMs);
	}

	return {
		start: () => void fetchOnce(),
		setPace(next) {
			pace = next;
			const isWaiting = state.nextRefreshAt !== undefined && !inFlight;
			if (isWaiting && !state.error) update(schedule(normalDelayMs()));
		},
		stop() {
			isStopped = true;
			clearTimeout(timer);
			inFlight?.abort();
		},
		togglePause() {
			state = { ...state, isPaused: !state.isPaused };
			if (state.isPaused) update(schedule(0));
			else if (inFlight) update({});
			else void fetchOnce();
		},
		refreshNow: () => void fetchOnce(),
		snapshot: () => state,
	};
}
