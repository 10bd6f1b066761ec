import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import type { Profile } from '../../source/profiles/profile.js';
import { type ProfileChoice, ProfileScreen } from '../../source/ui/profiles/ProfileScreen.js';
import { makeTempConfigDir } from '../profiles/tempConfigDir.js';

afterEach(() => cleanup());

const profile = (name: string): Profile => ({
	name,
	region: 'cn-north-4',
	authKind: 'token',
	secretSource: 'env',
});

function renderPicker(names: string[]) {
	const store = openProfileStore({ configDir: makeTempConfigDir() });
	for (const name of names) store.save(profile(name));
	const choices: ProfileChoice[] = [];
	const rendered = render(
		<ProfileScreen
			store={store}
			width={80}
			height={20}
			onChoose={(choice) => choices.push(choice)}
		/>,
	);
	const write = async (chunk: string) => {
		rendered.stdin.write(chunk);
		await new Promise((resolve) => setImmediate(resolve));
	};
	const waitFor = async (text: string) => {
		const deadline = Date.now() + 3000;
		for (;;) {
			const frame = rendered.lastFrame() ?? '';
			if (frame.includes(text)) return frame;
			if (Date.now() > deadline) throw new Error(`no "${text}" on screen:\n${frame}`);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	};
	return { choices, write, waitFor };
}

describe('the profile picker with keys that arrive in one burst', () => {
	it('moves down twice on "jj" and back up on "k"', async () => {
		const picker = renderPicker(['alpha', 'bravo', 'charlie', 'delta']);
		await picker.waitFor('delta');
		await picker.write('jj');
		await picker.write('\r');
		await picker.write('jjk\r');
		const names = picker.choices.map((choice) =>
			choice.kind === 'profile' ? choice.profile.name : 'demo',
		);
		expect(names).toEqual(['charlie', 'delta']);
	});

	it('opens the form on "a" and types the rest of the burst into it', async () => {
		const picker = renderPicker(['alpha']);
		await picker.waitFor('alpha');
		await picker.write('aprod');
		await picker.waitFor('prod');
	});
});
