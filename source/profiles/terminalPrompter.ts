// The real ProfilePrompter: questions on stderr (stdout stays clean for pipes), secrets typed
// with every character shown as '*', piped stdin read whole.
import { read } from 'read';
import type { ProfilePrompter } from './profileFromFlags.js';

export function terminalPrompter(
	stdin: NodeJS.ReadStream = process.stdin,
	output: NodeJS.WritableStream = process.stderr,
): ProfilePrompter {
	return {
		isInteractive: Boolean(stdin.isTTY),
		ask: async (prompt) => String(await read({ prompt, input: stdin, output })),
		askSecret: async (prompt) =>
			String(await read({ prompt, input: stdin, output, silent: true, replace: '*' })),
		confirm: async (question) => {
			const answer = String(await read({ prompt: `${question} [y/N] `, input: stdin, output }));
			return /^y(es)?$/i.test(answer.trim());
		},
		readStdinLines: async () => {
			let text = '';
			for await (const chunk of stdin) text += String(chunk);
			return text.split(/\r?\n/);
		},
	};
}
