// How long to wait before the next refresh of an update log. These two numbers are what the
// benchmark's requests-per-minute figures come from: 12 a minute while a deploy runs, 2 idle.
import type { UpdateLogsResponse } from '../api/types.js';

export const refreshIntervals = {
	/** While the service is deploying or an update is RUNNING (`--interval` overrides it). */
	liveSeconds: 5,
	/** Otherwise. */
	idleSeconds: 30,
} as const;

export interface RefreshDelayInput {
	response?: UpdateLogsResponse;
	/** The service's status when the caller knows it (from the service list). */
	serviceStatus?: string;
	/** `--interval`: seconds between refreshes while a deploy is under way. */
	liveIntervalSeconds?: number;
	/** Seconds between refreshes otherwise (tests shorten it; users have no flag for it). */
	idleIntervalSeconds?: number;
}

/** A deploy is under way when the service says so or any update has not finished. */
export function isDeployUnderWay(
	response: UpdateLogsResponse | undefined,
	serviceStatus?: string,
): boolean {
	if (serviceStatus === 'deploying') return true;
	return response?.logs.some((entry) => entry.result === 'RUNNING') ?? false;
}

export function chooseRefreshDelayMs(input: RefreshDelayInput): number {
	const liveSeconds = input.liveIntervalSeconds ?? refreshIntervals.liveSeconds;

	if (isDeployUnderWay(input.response, input.serviceStatus)) return liveSeconds * 1000;

	// A user who asked for a slower pace than the idle one never gets a faster idle pace.
	const idleSeconds = input.idleIntervalSeconds ?? refreshIntervals.idleSeconds;
	return Math.max(idleSeconds, liveSeconds) * 1000;
}
