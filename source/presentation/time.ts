// Timestamps as operators read them: a fixed-width `yyyy-MM-dd HH:mm:ss` in local time or UTC,
// and a short age. The zone marker is left to the caller (a column header or the status line)
// so rows stay narrow; `zoneLabel` gives its text.

import { format } from 'date-fns';
import { glyphs } from '../terminal/glyphs.js';

export type TimeZoneChoice = 'utc' | 'local';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** Time of an epoch-ms value; '—' when the value is not a usable time. */
export function formatTimestamp(ms: unknown, zone: TimeZoneChoice): string {
	if (!isUsableTime(ms)) {
		return glyphs.none;
	}

	if (zone === 'utc') {
		return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
	}

	return format(new Date(ms), 'yyyy-MM-dd HH:mm:ss');
}

/** 'UTC', or the local offset such as 'UTC+08:00' at the given moment. */
export function zoneLabel(zone: TimeZoneChoice, atMs: number = Date.now()): string {
	if (zone === 'utc') {
		return 'UTC';
	}

	return `UTC${format(new Date(atMs), 'xxx')}`;
}

/** 'just now', '3m ago', '2h ago', '5d ago', '2y ago'; 'in 3m' when the clocks disagree. */
export function formatAge(ms: unknown, nowMs: number): string {
	if (!isUsableTime(ms)) {
		return glyphs.none;
	}

	const elapsed = nowMs - ms;

	if (Math.abs(elapsed) < MINUTE) {
		return 'just now';
	}

	const span = ageSpan(Math.abs(elapsed));

	return elapsed > 0 ? `${span} ago` : `in ${span}`;
}

function ageSpan(elapsed: number): string {
	if (elapsed < HOUR) {
		return `${Math.floor(elapsed / MINUTE)}m`;
	}

	if (elapsed < DAY) {
		return `${Math.floor(elapsed / HOUR)}h`;
	}

	if (elapsed < YEAR) {
		return `${Math.floor(elapsed / DAY)}d`;
	}

	return `${Math.floor(elapsed / YEAR)}y`;
}

// Year 0 to 9999: beyond that the fixed-width format no longer holds.
function isUsableTime(ms: unknown): ms is number {
	return (
		typeof ms === 'number' &&
		Number.isFinite(ms) &&
		ms >= -62_135_596_800_000 &&
		ms < 253_402_300_800_000
	);
}
