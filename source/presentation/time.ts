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
const YEAR_ONE = -62_135_596_800_000;
const YEAR_TEN_THOUSAND = 253_402_300_800_000;

/** Time of an epoch-ms value; '—' when the value is not a usable time. */
export function formatTimestamp(ms: unknown, zone: TimeZoneChoice): string {
	if (!isUsableTime(ms)) {
		return glyphs.none;
	}

	const date = new Date(ms);

	// Hand-built rather than date-fns `format`: this runs for every row of a 10,000-entry log.
	if (zone === 'utc') {
		return joinParts(
			[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()],
			[date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()],
		);
	}

	return joinParts(
		[date.getFullYear(), date.getMonth() + 1, date.getDate()],
		[date.getHours(), date.getMinutes(), date.getSeconds()],
	);
}

function joinParts([year, month, day]: number[], [hours, minutes, seconds]: number[]): string {
	const date = `${four(year ?? 0)}-${two(month ?? 0)}-${two(day ?? 0)}`;

	return `${date} ${two(hours ?? 0)}:${two(minutes ?? 0)}:${two(seconds ?? 0)}`;
}

function four(value: number): string {
	return String(value).padStart(4, '0');
}

function two(value: number): string {
	return value < 10 ? `0${value}` : `${value}`;
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
	return typeof ms === 'number' && Number.isFinite(ms) && ms >= YEAR_ONE && ms < YEAR_TEN_THOUSAND;
}
