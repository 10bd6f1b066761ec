import { describe, expect, it } from 'vitest';
import { UsageError } from '../../source/commands/exitCodes.js';
import { parseWatchFlags } from '../../source/live/watchCommand.js';

describe('parseWatchFlags', () => {
	it('asks for no watch without --watch or --until-done', () => {
		expect(parseWatchFlags({ ndjson: true })).toBeUndefined();
	});

	it('reads --watch, --ndjson, --until-done (which implies --watch) and --interval', () => {
		expect(parseWatchFlags({ watch: true })).toEqual({ isNdjson: false, isUntilDone: false });
		expect(parseWatchFlags({ untilDone: true, ndjson: true, interval: '2' })).toEqual({
			isNdjson: true,
			isUntilDone: true,
			intervalSeconds: 2,
		});
	});

	it.each([
		[{ watch: true, json: true }, '--watch prints lines or --ndjson events, not --json'],
		[{ watch: true, updateTime: '1' }, '--watch follows the whole log; leave out --update-time'],
		[{ interval: '5' }, '--interval needs --watch'],
		[{ watch: true, interval: '0' }, '--interval takes seconds from 1 to 3600, like 5, not "0"'],
		[{ watch: true, interval: '5s' }, '--interval takes seconds from 1 to 3600, like 5, not "5s"'],
	])('refuses %o with one line that says what to do', (flags, message) => {
		expect(() => parseWatchFlags(flags)).toThrow(new UsageError(message));
	});
});
