// The words of the status line about refreshing, and of the announcement when an update ends.
import { format } from 'date-fns';
import type { UpdateLogEntry } from '../api/types.js';
import { formatDuration } from './durationText.js';
import {
	finishDurationMs,
	isFinish,
	isFinishedOnArrival,
	type ResultChange,
	type UpdateLogChanges,
} from './updateLogChanges.js';

export interface RefreshStatus {
	/** Where the data comes from: 'live' (the API) or 'file' (a saved response read again). */
	source?: 'live' | 'file';
	isPaused: boolean;
	isLoading: boolean;
	error?: { message: string; at: number };
	lastSuccessAt?: number;
	nextRefreshAt?: number;
}

/**
 * "live, next in 4s, data 2s old", "paused, data 3m 10s old",
 * "refresh failed 12:03:04: … — retrying in 20s".
 */
export function describeRefreshStatus(status: RefreshStatus, now: number): string {
	const age = status.lastSuccessAt === undefined ? [] : [dataAge(status.lastSuccessAt, now)];

	if (status.isPaused) return ['paused', ...age].join(', ');
	if (status.error) return describeFailure(status, now);
	const source = status.source ?? 'live';
	if (status.isLoading) return [`${source}, refreshing`, ...age].join(', ');

	const next =
		status.nextRefreshAt === undefined
			? []
			: [`next in ${formatDuration(status.nextRefreshAt - now)}`];
	return [source, ...next, ...age].join(', ');
}

function describeFailure(status: RefreshStatus, now: number): string {
	const error = status.error as { message: string; at: number };
	const failed = `refresh failed ${format(error.at, 'HH:mm:ss')}: ${error.message}`;

	if (status.isLoading) return `${failed} — retrying now`;
	if (status.nextRefreshAt === undefined) return failed;
	return `${failed} — retrying in ${formatDuration(status.nextRefreshAt - now)}`;
}

function dataAge(lastSuccessAt: number, now: number): string {
	return `data ${formatDuration(now - lastSuccessAt)} old`;
}

/** "update of 12:01:02 finished: FAIL after 3m 12s". */
export function describeFinish(change: ResultChange): string {
	const started = format(change.updateTime, 'HH:mm:ss');
	const took = formatDuration(finishDurationMs(change));
	return `update of ${started} finished: ${change.to} after ${took}`;
}

/** "update of 12:04:00 finished: SUCCESS within 25s", for one that was never seen running. */
export function describeFinishedArrival(entry: UpdateLogEntry, seenAt: number): string {
	const started = format(entry.update_time, 'HH:mm:ss');
	const within = formatDuration(seenAt - entry.update_time);
	return `update of ${started} finished: ${entry.result} within ${within}`;
}

/** Every update that ended in this refresh, in one line; undefined when none did. */
export function describeFinishes(changes: UpdateLogChanges, seenAt: number): string | undefined {
	const texts = [
		...changes.resultChanges.filter(isFinish).map(describeFinish),
		...changes.newEntries
			.filter(isFinishedOnArrival)
			.map((entry) => describeFinishedArrival(entry, seenAt)),
	];
	return texts.length === 0 ? undefined : texts.join('; ');
}

/** How long an announcement stays on the status line. */
export const announcementMs = 60_000;

/**
 * The announcement after another update finished. One still on screen is kept beside the new
 * one, failures first, so a FAIL is not wiped out by the SUCCESS that came 30 seconds later.
 */
export function combineAnnouncements(
	previous: { text: string; at: number } | undefined,
	text: string,
	at: number,
): { text: string; at: number } {
	if (!previous || at - previous.at >= announcementMs) return { text, at };

	const hasFailure = (words: string) => words.includes('FAIL');
	const ordered =
		hasFailure(previous.text) && !hasFailure(text) ? [previous.text, text] : [text, previous.text];
	return { text: ordered.join(' · '), at };
}
