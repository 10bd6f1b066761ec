import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import { App } from '../../source/ui/App.js';
import { ProfilesSlot } from '../../source/ui/ProfilesSlot.js';
import { newPane } from '../../source/ui/state/panes.js';
import { makeTempConfigDir } from '../profiles/tempConfigDir.js';
import { keys, resizeTo } from './renderApp.js';

afterEach(() => cleanup());

async function waitForFrame(
	rendered: ReturnType<typeof render>,
	check: (frame: string) => boolean,
) {
	const deadline = Date.now() + 3000;
	for (;;) {
		const frame = rendered.lastFrame() ?? '';
		if (check(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`the screen shows:\n${frame}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('the footer on the profile screen', () => {
	it('lists the picker keys, and steps aside while the form draws its own', async () => {
		const store = openProfileStore({ configDir: makeTempConfigDir() });
		store.save({ name: 'prod', region: 'cn-north-4', authKind: 'aksk', secretSource: 'env' });
		const rendered = render(
			<App
				initialPanes={[newPane.profiles()]}
				options={{ maskAllEnvs: false, bell: false, intervalSeconds: 5 }}
				onQuit={() => {}}
				renderProfiles={(slot) => (
					<ProfilesSlot
						{...slot}
						store={store}
						connect={() => new Promise(() => {})}
						onQuit={() => {}}
					/>
				)}
			/>,
		);
		resizeTo(rendered, { columns: 80, rows: 24 });
		await waitForFrame(rendered, (frame) => frame.includes('a add'));

		rendered.stdin.write('a');
		const form = await waitForFrame(
			rendered,
			(frame) => frame.includes('Add a profile') && !frame.includes('a add'),
		);
		expect(form).toContain('esc cancel');

		rendered.stdin.write(keys.escape);
		await waitForFrame(rendered, (frame) => frame.includes('a add'));
	});
});
