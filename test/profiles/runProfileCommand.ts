// Runs `malog profile …` in-process against a temporary config folder, with piped stdin or
// scripted terminal answers, and captures what it writes.
import { Command } from 'commander';
import { registerProfileCommand } from '../../source/commands/profile.js';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import type { ProfilePrompter } from '../../source/profiles/profileFromFlags.js';

export interface RunOptions {
	configDir: string;
	/** Piped stdin (not a terminal). */
	stdin?: string;
	/** Answers typed in a terminal, in order; makes the prompter interactive. */
	answers?: string[];
	env?: NodeJS.ProcessEnv;
}

export interface RunResult {
	stdout: string;
	stderr: string;
	error?: Error;
	/** The questions asked, each marked with whether input was masked. */
	questions: { text: string; isMasked: boolean }[];
}

export async function runProfileCommand(args: string[], options: RunOptions): Promise<RunResult> {
	const result: RunResult = { stdout: '', stderr: '', questions: [] };
	const program = new Command('malog').exitOverride().configureOutput({
		writeOut: (text) => {
			result.stdout += text;
		},
		writeErr: (text) => {
			result.stderr += text;
		},
	});
	registerProfileCommand(program, {
		openStore: () => openProfileStore({ configDir: options.configDir }),
		prompter: () => scriptedPrompter(options, result),
		out: (text) => {
			result.stdout += text;
		},
		err: (text) => {
			result.stderr += text;
		},
		env: options.env ?? {},
	});

	try {
		await program.parseAsync(['node', 'malog', 'profile', ...args]);
	} catch (error) {
		result.error = error as Error;
	}
	return result;
}

function scriptedPrompter(options: RunOptions, result: RunResult): ProfilePrompter {
	const answers = [...(options.answers ?? [])];
	const answer = (text: string, isMasked: boolean) => {
		result.questions.push({ text, isMasked });
		const next = answers.shift();
		if (next === undefined) throw new Error(`unexpected question: ${text}`);
		return Promise.resolve(next);
	};
	return {
		isInteractive: options.answers !== undefined,
		ask: (text) => answer(text, false),
		askSecret: (text) => answer(text, true),
		confirm: async (text) => /^y/i.test(await answer(text, false)),
		readStdinLines: async () => (options.stdin ?? '').split(/\r?\n/),
	};
}
