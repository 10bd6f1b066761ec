// The secrets a stored profile needs: piped on stdin (one per line, in flag order: SK or token
// first, then the security token), else asked for with masked input in a terminal.
import type { AuthKind, Profile } from './profile.js';
import { ProfileInputError } from './profileErrors.js';
import type { AddProfileFlags, ProfilePrompter } from './profileFromFlags.js';

type Secrets = Pick<Profile, 'ak' | 'sk' | 'securityToken' | 'token'>;

export async function gatherSecrets(
	authKind: AuthKind,
	flags: AddProfileFlags,
	prompter: ProfilePrompter,
): Promise<Secrets> {
	const piped = await readPiped(flags, prompter);
	const obtain = (value: string | undefined, label: string, flag: string) =>
		obtainSecret(value, label, flag, prompter);

	if (authKind === 'token') {
		return { token: await obtain(piped.first, 'token', '--token-stdin') };
	}
	const ak = flags.ak?.trim() || (await askVisible('Access key (AK): ', '--ak', prompter));
	const sk = await obtain(piped.first, 'secret key (SK)', '--sk-stdin');
	if (authKind === 'aksk') return { ak, sk };

	const securityToken = await obtain(piped.second, 'security token', '--security-token-stdin');
	return { ak, sk, securityToken };
}

async function readPiped(flags: AddProfileFlags, prompter: ProfilePrompter) {
	const isPiping = flags.skStdin || flags.tokenStdin || flags.securityTokenStdin;
	if (!isPiping || prompter.isInteractive) return {};

	const lines = (await prompter.readStdinLines()).map((line) => line.trim());
	const hasFirst = flags.skStdin || flags.tokenStdin;
	const first = hasFirst ? lines[0] : undefined;
	const second = flags.securityTokenStdin ? lines[hasFirst ? 1 : 0] : undefined;
	return { first: first || undefined, second: second || undefined };
}

async function obtainSecret(
	value: string | undefined,
	label: string,
	flag: string,
	prompter: ProfilePrompter,
): Promise<string> {
	if (value) return value;
	if (!prompter.isInteractive) {
		throw new ProfileInputError(
			`the ${label} is missing: pipe it with ${flag} (one per line), or use --from-env`,
		);
	}
	const question = `${label.charAt(0).toUpperCase()}${label.slice(1)}: `;
	const answer = (await prompter.askSecret(question)).trim();
	if (!answer) throw new ProfileInputError(`the ${label} is empty; nothing saved`);
	return answer;
}

async function askVisible(
	question: string,
	flag: string,
	prompter: ProfilePrompter,
): Promise<string> {
	if (!prompter.isInteractive) {
		throw new ProfileInputError(`the access key is missing: pass it with ${flag} AK`);
	}
	const answer = (await prompter.ask(question)).trim();
	if (!answer) throw new ProfileInputError('the access key is empty; nothing saved');
	return answer;
}
