import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import type { Profile } from '../../source/profiles/profile.js';
import type { ProfileStore } from '../../source/profiles/profileStore.js';
import { type ProfileChoice, ProfileScreen } from '../../source/ui/profiles/ProfileScreen.js';
import { keys } from '../ui/renderApp.js';
import { makeTempConfigDir } from './tempConfigDir.js';

const sk = 'SKscreenSecret0123456789WXYZ';

function storeWith(...profiles: Profile[]): ProfileStore {
	const store = openProfileStore({ configDir: makeTempConfigDir() });
	for (const profile of profiles) store.save(profile);
	return store;
}

const prod: Profile = {
	name: 'prod',
	region: 'cn-north-4',
	authKind: 'aksk',
	secretSource: 'profile',
	ak: 'AKPROD0000000001',
	sk,
};
const chinese: Profile = {
	name: '测试环境',
	region: 'cn-east-3',
	authKind: 'token',
	secretSource: 'env',
};

function renderScreen(
	store: ProfileStore,
	size = { width: 80, height: 21 },
	onTest?: (p: Profile) => Promise<string>,
) {
	const choices: ProfileChoice[] = [];
	const rendered = render(
		<ProfileScreen
			store={store}
			width={size.width}
			height={size.height}
			onChoose={(choice) => choices.push(choice)}
			onTest={onTest}
		/>,
	);
	const press = async (...inputs: string[]) => {
		for (const input of inputs) {
			rendered.stdin.write(input);
			await new Promise((resolve) => setImmediate(resolve));
		}
	};
	const waitFor = async (text: string) => {
		const deadline = Date.now() + 5000;
		for (;;) {
			const frame = rendered.lastFrame() ?? '';
			if (frame.includes(text)) return frame;
			if (Date.now() > deadline) throw new Error(`no "${text}" on screen:\n${frame}`);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	};
	return { ...rendered, choices, press, waitFor };
}

describe('ProfileScreen', () => {
	it('lists profiles, the default marked, and the demo endpoint, within the height and without secrets', async () => {
		const screen = renderScreen(storeWith(prod, chinese));
		const frame = await screen.waitFor('Built-in demo endpoint');

		expect(frame).toContain('* prod');
		expect(frame).toContain('测试环境');
		expect(frame).toContain('AK/SK · stored');
		expect(frame).toContain('token · environment');
		expect(frame).not.toContain(sk);
		expect(frame.split('\n')).toHaveLength(21);
		screen.unmount();
	});

	it('chooses the selected profile with Enter and the demo below it', async () => {
		const screen = renderScreen(storeWith(prod));
		await screen.waitFor('prod');
		await screen.press(keys.enter);
		await screen.press(keys.down, keys.enter);
		expect(screen.choices).toEqual([{ kind: 'profile', profile: prod }, { kind: 'demo' }]);
		screen.unmount();
	});

	it('adds a profile through the form, SK typed masked, and checks the project id', async () => {
		const store = storeWith();
		const screen = renderScreen(store);
		await screen.press('a');
		await screen.waitFor('Add a profile');
		await screen.press('dev', keys.tab, 'cn-north-4', keys.tab, 'nothex', keys.enter);
		await screen.waitFor('32 hexadecimal');

		for (let index = 0; index < 6; index += 1) await screen.press(keys.backspace);
		await screen.press(keys.tab, keys.tab, keys.tab, keys.tab, 'AKDEV00000000001', keys.tab, sk);
		const typed = await screen.waitFor('*'.repeat(sk.length));
		expect(typed).not.toContain(sk);
		expect(typed.split('\n')).toHaveLength(21);
		await screen.press(keys.enter);
		await screen.waitFor('Saved profile "dev"');

		expect(store.get('dev')).toMatchObject({ region: 'cn-north-4', ak: 'AKDEV00000000001', sk });
		expect(screen.lastFrame()).not.toContain(sk);
		screen.unmount();
	});

	it('keeps only the text of keys that arrive together, as in a paste', async () => {
		const screen = renderScreen(storeWith());
		await screen.press('a');
		await screen.waitFor('Add a profile');
		await screen.press('pasted\tname\r\n');
		const frame = await screen.waitFor('pastedname');
		expect(frame).toContain('› Name           pastedname▏');
		screen.unmount();
	});

	it('asks before accepting a region outside the known list', async () => {
		const store = storeWith();
		const screen = renderScreen(store);
		await screen.press('a');
		await screen.press('edge', keys.tab, 'xx-east-7', keys.tab, keys.tab, keys.tab, keys.tab);
		await screen.press(keys.right, keys.enter);
		await screen.waitFor('not a known ModelArts region: press Enter again');
		await screen.press(keys.enter);
		await screen.waitFor('Saved profile "edge"');
		expect(store.get('edge')).toMatchObject({ region: 'xx-east-7', secretSource: 'env' });
		screen.unmount();
	});

	it('edits without showing the saved SK and keeps it when left empty', async () => {
		const store = storeWith(prod);
		const screen = renderScreen(store);
		await screen.press('e');
		const frame = await screen.waitFor('Edit profile "prod"');
		expect(frame).toContain('unchanged ••••WXYZ');
		expect(frame).not.toContain(sk);

		// Enter on the Region field opens the region list on what was typed; Enter there takes it.
		await screen.press(keys.tab, keys.backspace, '1', keys.enter, keys.enter, keys.enter);
		await screen.waitFor('Saved profile "prod"');
		expect(store.get('prod')).toMatchObject({ region: 'cn-north-1', sk });
		screen.unmount();
	});

	it('deletes only after y', async () => {
		const store = storeWith(prod);
		const screen = renderScreen(store);
		await screen.press('d');
		await screen.waitFor('Delete profile "prod"? y to delete, n to keep');
		await screen.press('n');
		await screen.waitFor('Nothing deleted');
		expect(store.get('prod')).toBeDefined();

		await screen.press('d', 'y');
		await screen.waitFor('Deleted profile "prod"');
		expect(store.list()).toEqual([]);
		screen.unmount();
	});

	it('tests the selected profile and shows the verdict cleaned of control characters', async () => {
		const tested: string[] = [];
		const onTest = async (profile: Profile) => {
			tested.push(profile.name);
			return 'connected: \u001b]0;evil\u0007the project has 3 services';
		};
		const screen = renderScreen(storeWith(prod), { width: 80, height: 21 }, onTest);
		await screen.press('t');
		const frame = await screen.waitFor('prod: connected: the project has 3 services');
		expect(frame).not.toContain('\u001b]0;');
		expect(tested).toEqual(['prod']);
		screen.unmount();
	});

	it('keeps every line within 60 columns and the frame within a small height', async () => {
		const many = Array.from({ length: 30 }, (_, index) => ({
			...chinese,
			name: `很长的测试环境名称-${index}`,
		}));
		const screen = renderScreen(storeWith(...many), { width: 60, height: 12 });
		const frame = await screen.waitFor('很长的测试环境名称-0');
		const lines = frame.split('\n');
		expect(lines).toHaveLength(12);
		const { displayWidth } = await import('../../source/terminal/displayWidth.js');
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
		screen.unmount();
	});
});
