import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatAge, formatTimestamp, zoneLabel } from '../../source/presentation/time.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const SAMPLE = 1586250930708; // 2020-04-07 09:15:30.708 UTC, from the API page's example

describe('formatTimestamp', () => {
	beforeEach(() => {
		vi.stubEnv('TZ', 'Asia/Shanghai');
	});

	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('formats UTC and local time at fixed width', () => {
		expect(formatTimestamp(SAMPLE, 'utc')).toBe('2020-04-07 09:15:30');
		expect(formatTimestamp(SAMPLE, 'local')).toBe('2020-04-07 17:15:30');
	});

	it('shows a dash for values that are not times', () => {
		for (const bad of [undefined, null, Number.NaN, '1586250930708', {}, 1e20]) {
			expect(formatTimestamp(bad, 'utc')).toBe(glyphs.none);
		}
	});

	it('labels the zone', () => {
		expect(zoneLabel('utc')).toBe('UTC');
		expect(zoneLabel('local', SAMPLE)).toBe('UTC+08:00');
	});
});

describe('formatAge', () => {
	const now = SAMPLE;

	it('reads as a short age', () => {
		expect(formatAge(now - 5_000, now)).toBe('just now');
		expect(formatAge(now - 3 * 60_000, now)).toBe('3m ago');
		expect(formatAge(now - 2 * 3_600_000 - 59_000, now)).toBe('2h ago');
		expect(formatAge(now - 5 * 86_400_000, now)).toBe('5d ago');
		expect(formatAge(now - 800 * 86_400_000, now)).toBe('2y ago');
	});

	it('says when the time is ahead of the local clock', () => {
		expect(formatAge(now + 10 * 60_000, now)).toBe('in 10m');
		expect(formatAge(now + 30_000, now)).toBe('just now');
	});

	it('shows a dash for values that are not times', () => {
		expect(formatAge(undefined, now)).toBe(glyphs.none);
	});
});
