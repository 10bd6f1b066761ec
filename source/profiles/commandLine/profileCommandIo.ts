// What `malog profile` needs from the outside world, in one object so tests can run the commands
// in-process with a temporary config folder, scripted answers and captured output.
import { openProfileStore } from '../openProfileStore.js';
import type { ProfilePrompter } from '../profileFromFlags.js';
import type { ProfileStore } from '../profileStore.js';
import { terminalPrompter } from '../terminalPrompter.js';

export interface ProfileCommandIo {
	openStore(): ProfileStore;
	prompter(): ProfilePrompter;
	out(text: string): void;
	err(text: string): void;
	env: NodeJS.ProcessEnv;
}

export function processIo(): ProfileCommandIo {
	let store: ProfileStore | undefined;
	const err = (text: string) => process.stderr.write(text);
	return {
		openStore() {
			if (store) return store;
			store = openProfileStore();
			if (store.notice) err(`malog: warning: ${store.notice}\n`);
			return store;
		},
		prompter: () => terminalPrompter(),
		out: (text) => process.stdout.write(text),
		err,
		env: process.env,
	};
}
