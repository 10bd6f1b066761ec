// API strings carrying terminal escapes (OSC 52 writes the clipboard, OSC 0 the window title)
// must reach the frame as plain text: in the log's title, the header, the rows, and through
// the title and header components even when a caller forgets to clean what it passes.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from '../../source/ui/layout/Header.js';
import { PaneTitle } from '../../source/ui/layout/PaneTitle.js';
import { WindowedList } from '../../source/ui/list/WindowedList.js';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi, demoEntry, service } from './fakeApi.js';
import { renderApp } from './renderApp.js';

afterEach(() => cleanup());

const clipboardWrite = '\u001b]52;c;UFdORUQ=\u0007';
const retitle = '\u001b]0;PWNED\u001b\\';
const hostileName = `推荐${clipboardWrite}排序${retitle}-svc`;

/** Any OSC, DCS or other string sequence, and bare BEL: Ink's own colours are CSI only. */
const foreignSequence = new RegExp('\u001b[\\]PX^_]|\u0007|\u009d');

describe('escape sequences in API strings', () => {
	it('never reach the frame through the update log title or the header', async () => {
		const api = createFakeApi([service('svc-x', hostileName)], { 'svc-x': [demoEntry] });
		// Opened by id, as with --service: the name comes from the update log response.
		const app = renderApp(api, [newPane.updateLog('svc-x')]);
		await app.waitFor('Update log of 推荐排序-svc');
		const frame = await app.waitFor(/^malog.*推荐排序-svc/);

		expect(frame).not.toMatch(foreignSequence);
		expect(frame).not.toContain('PWNED');
	});

	it('are removed by the title, the header and the list as a last guard', () => {
		const { lastFrame } = render(
			<>
				<Header
					label={{ isDemo: false, profileName: `p${retitle}`, region: 'cn-north-4' }}
					trail={[hostileName]}
					width={80}
				/>
				<PaneTitle title={hostileName} detail={clipboardWrite} right={retitle} width={80} />
				<WindowedList
					rows={[{ key: 'a', segments: [{ text: hostileName }] }]}
					height={1}
					width={80}
				/>
			</>,
		);
		const frame = lastFrame() ?? '';

		expect(frame).not.toMatch(foreignSequence);
		expect(frame).not.toContain('PWNED');
		expect(frame).toContain('推荐排序-svc');
	});
});
