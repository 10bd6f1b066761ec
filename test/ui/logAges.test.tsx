// A long history is built into rows once per response and time zone; the minute tick only
// re-ages the rows in view, so an idle 10,000-entry log costs a screenful a minute.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as updateLogRows from '../../source/presentation/updateLogRows.js';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, history, service } from './fakeApi.js';
import { renderApp } from './renderApp.js';

vi.mock('../../source/presentation/updateLogRows.js', async (original) => {
	const actual = await original<typeof updateLogRows>();
	return { ...actual, toUpdateLogRows: vi.fn(actual.toUpdateLogRows) };
});

afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('the ages of the update log', () => {
	it('move on every minute without rebuilding the 10,000 rows', async () => {
		// Only the clock and the minute interval are fake: Ink's own timers keep running.
		vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
		const api = createFakeApi([service('long', '推荐排序-长历史')], {
			long: history(10_000, Date.now() - 10_000),
		});
		const app = renderApp(api, [newPane.updateLog('long')]);
		await app.waitFor('1–18 of 10,000');
		await app.waitFor('just now');
		const builds = vi.mocked(updateLogRows.toUpdateLogRows).mock.calls.length;

		vi.advanceTimersByTime(3 * 60_000);
		const frame = await app.waitFor(/^› .* 3m ago/m);

		expect(frame).not.toContain('just now');
		expect(vi.mocked(updateLogRows.toUpdateLogRows).mock.calls.length).toBe(builds);
	});
});
