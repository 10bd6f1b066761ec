import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import type { ProfileStore } from '../../source/profiles/profileStore.js';
import { knownRegions } from '../../source/profiles/regions.js';
import { displayWidth } from '../../source/terminal/displayWidth.js';
import { glyphs } from '../../source/terminal/glyphs.js';
import { ProfileScreen } from '../../source/ui/profiles/ProfileScreen.js';
import { newProfileForm } from '../../source/ui/profiles/profileFormModel.js';
import { openRegionPicker, regionChoices } from '../../source/ui/profiles/regionPicker.js';
import { keys } from '../ui/renderApp.js';
import { makeTempConfigDir } from './tempConfigDir.js';

function renderForm(size = { width: 80, height: 21 }) {
	const store: ProfileStore = openProfileStore({ configDir: makeTempConfigDir() });
	const rendered = render(
		<ProfileScreen store={store} width={size.width} height={size.height} onChoose={() => {}} />,
	);
	const frame = () => stripVTControlCharacters(rendered.lastFrame() ?? '');
	const press = async (...inputs: string[]) => {
		for (const input of inputs) {
			rendered.stdin.write(input);
			await new Promise((resolve) => setImmediate(resolve));
		}
	};
	const waitFor = async (isReady: (frame: string) => boolean, what: string) => {
		const deadline = Date.now() + 5000;
		while (!isReady(frame())) {
			if (Date.now() > deadline) throw new Error(`no ${what} on screen:\n${frame()}`);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		return frame();
	};
	const regionLine = () =>
		frame()
			.split('\n')
			.find((line) => line.includes('Region')) ?? '';
	return { ...rendered, store, frame, press, waitFor, regionLine };
}

/** Opens the add form and moves to the Region field. */
async function onRegionField(screen: ReturnType<typeof renderForm>, ...typed: string[]) {
	await screen.press('a');
	await screen.waitFor((frame) => frame.includes('Add a profile'), 'form');
	await screen.press('p2', keys.tab, ...typed);
}

const isPickerOpen = (frame: string) => frame.includes('Choose a region');
const highlighted = (frame: string) =>
	frame.split('\n').find((line) => line.startsWith(`${glyphs.pointer} `)) ?? '';

describe('the region list of the profile form', () => {
	it('opens with Enter on the Region field, listing the known regions and a custom row', async () => {
		const screen = renderForm();
		await onRegionField(screen);
		await screen.press(keys.enter);
		const frame = await screen.waitFor(isPickerOpen, 'region list');

		expect(highlighted(frame)).toContain(knownRegions[0]);
		expect(frame).toContain(knownRegions[1]);
		expect(regionChoices.map((choice) => choice.value)).toEqual([...knownRegions, undefined]);
		expect(frame).not.toContain('Add a profile');
		screen.unmount();
	});

	it('fills the field with the region chosen by arrows and Enter, and saves it', async () => {
		const screen = renderForm();
		await onRegionField(screen);
		await screen.press(keys.enter, keys.down, keys.down);
		await screen.waitFor((frame) => highlighted(frame).includes(knownRegions[2] ?? ''), 'move');
		await screen.press(keys.enter);
		await screen.waitFor((frame) => !isPickerOpen(frame), 'form again');

		expect(screen.regionLine()).toContain(knownRegions[2]);
		expect(screen.frame()).toMatch(new RegExp(`${glyphs.pointer} Project id`));
		await screen.press(keys.tab, keys.tab, keys.tab, keys.right, keys.enter);
		await screen.waitFor((frame) => frame.includes('Saved profile "p2"'), 'saved');
		expect(screen.store.get('p2')?.region).toBe(knownRegions[2]);
		screen.unmount();
	});

	it('takes keys that arrive in one burst, the opening Enter included', async () => {
		const screen = renderForm();
		await onRegionField(screen);
		await screen.press(`${keys.enter}${keys.down}${keys.down}${keys.down}${keys.up}${keys.enter}`);
		await screen.waitFor(() => screen.regionLine().includes(knownRegions[2] ?? ''), 'fill');
		expect(isPickerOpen(screen.frame())).toBe(false);
		screen.unmount();
	});

	it('opens with → too, and Esc closes it leaving the field and the form as they were', async () => {
		const screen = renderForm();
		await onRegionField(screen, 'cn-east-3');
		await screen.press(keys.right);
		const frame = await screen.waitFor(isPickerOpen, 'region list');
		expect(highlighted(frame)).toContain('cn-east-3');

		await screen.press(keys.down, keys.escape);
		await screen.waitFor((now) => now.includes('Add a profile'), 'form again');
		expect(screen.regionLine()).toContain('cn-east-3');
		expect(screen.regionLine()).not.toContain('cn-east-4');
		screen.unmount();
	});

	it('goes back to typing from "custom region…"', async () => {
		const screen = renderForm();
		await onRegionField(screen);
		await screen.press(keys.enter, 'G');
		await screen.waitFor((frame) => highlighted(frame).includes('custom region'), 'custom row');
		await screen.press(keys.enter);
		await screen.waitFor((frame) => frame.includes('Add a profile'), 'form again');

		await screen.press('eu-west-101');
		await screen.waitFor(() => screen.regionLine().includes('eu-west-101'), 'typed region');
		expect(screen.regionLine()).toMatch(new RegExp(`^${glyphs.pointer} Region`));
		screen.unmount();
	});

	it('fits the height and width it is given, scrolling to the highlighted row', async () => {
		const size = { width: 24, height: 11 };
		const screen = renderForm(size);
		await onRegionField(screen);
		await screen.press(keys.enter, 'G');
		const frame = await screen.waitFor(
			(now) => highlighted(now).includes('custom region'),
			'custom row',
		);

		const lines = frame.split('\n');
		expect(lines).toHaveLength(size.height);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(size.width);
		expect(frame).not.toContain(knownRegions[0]);
		expect(frame).toContain(`${regionChoices.length}/${regionChoices.length}`);
		screen.unmount();
	});
});

describe('openRegionPicker', () => {
	it('highlights the region typed so far, or the first one it begins', () => {
		const typed = (region: string) => ({
			...newProfileForm(),
			values: { ...newProfileForm().values, region },
		});
		const indexOf = (region: string) => openRegionPicker(typed(region)).regionPicker?.index;
		expect(indexOf('cn-south-1')).toBe(knownRegions.indexOf('cn-south-1'));
		expect(indexOf('cn-sou')).toBe(knownRegions.indexOf('cn-south-1'));
		expect(indexOf('nowhere')).toBe(0);
	});
});
