// `malog profile add`: turns flags, piped secrets and (in a terminal) answers to prompts into a
// profile. Secrets never come from flag values, which would land in the shell history.

import { gatherSecrets } from './gatherSecrets.js';
import type { AuthKind, Profile, SecretSource } from './profile.js';
import { ProfileInputError } from './profileErrors.js';
import { isKnownRegion, looksLikeRegionId } from './regions.js';
import { checkEndpoint, checkProfileName, checkProjectId, checkRegion } from './validateProfile.js';

export interface AddProfileFlags {
	region?: string;
	projectId?: string;
	endpoint?: string;
	ak?: string;
	auth?: string;
	skStdin?: boolean;
	tokenStdin?: boolean;
	securityTokenStdin?: boolean;
	fromEnv?: boolean;
	fromCredentialsFile?: boolean;
	customRegion?: boolean;
}

/** How the command reaches the user; tests pass a scripted one. */
export interface ProfilePrompter {
	/** Whether stdin is a terminal, so questions can be asked. */
	isInteractive: boolean;
	ask(question: string): Promise<string>;
	/** Typed input is masked on screen. */
	askSecret(question: string): Promise<string>;
	confirm(question: string): Promise<boolean>;
	/** All of piped stdin, split into lines. */
	readStdinLines(): Promise<string[]>;
}

export async function profileFromFlags(
	name: string,
	flags: AddProfileFlags,
	prompter: ProfilePrompter,
): Promise<Profile> {
	failOn(checkProfileName(name));
	const region = await chooseRegion(flags, prompter);
	failOn(checkProjectId(flags.projectId));
	failOn(checkEndpoint(flags.endpoint));

	const authKind = chooseAuthKind(flags);
	const secretSource = chooseSecretSource(flags);
	const profile: Profile = { name, region, authKind, secretSource };
	if (flags.projectId) profile.projectId = flags.projectId.toLowerCase();
	if (flags.endpoint) profile.endpoint = flags.endpoint.replace(/\/+$/, '');
	if (secretSource !== 'profile') return profile;

	return { ...profile, ...(await gatherSecrets(authKind, flags, prompter)) };
}

function failOn(problem: string | undefined): void {
	if (problem) throw new ProfileInputError(problem);
}

async function chooseRegion(flags: AddProfileFlags, prompter: ProfilePrompter): Promise<string> {
	let region = flags.region?.trim();
	if (!region && prompter.isInteractive)
		region = (await prompter.ask('Region (e.g. cn-north-4): ')).trim();
	if (!region) throw new ProfileInputError('--region is required (e.g. --region cn-north-4)');

	const isCustom = !isKnownRegion(region) && looksLikeRegionId(region);
	if (isCustom && !flags.customRegion && prompter.isInteractive) {
		const isConfirmed = await prompter.confirm(
			`"${region}" is not a known ModelArts region. Use it anyway?`,
		);
		if (isConfirmed) return region;
	}
	const problem = checkRegion(region, flags.customRegion);
	if (problem && isCustom)
		throw new ProfileInputError(`${problem}; pass --custom-region to use it anyway`);
	failOn(problem);
	return region;
}

function chooseAuthKind(flags: AddProfileFlags): AuthKind {
	if (flags.skStdin && flags.tokenStdin) {
		throw new ProfileInputError('--sk-stdin and --token-stdin exclude each other: pick one');
	}
	if (flags.tokenStdin && flags.securityTokenStdin) {
		throw new ProfileInputError('--security-token-stdin goes with AK/SK, not with --token-stdin');
	}
	if (flags.auth !== undefined && !['aksk', 'temporary', 'token'].includes(flags.auth)) {
		throw new ProfileInputError(`--auth takes aksk, temporary or token, not "${flags.auth}"`);
	}
	if (flags.tokenStdin) return 'token';
	if (flags.securityTokenStdin) return 'temporary';
	return (flags.auth as AuthKind | undefined) ?? 'aksk';
}

function chooseSecretSource(flags: AddProfileFlags): SecretSource {
	const isPiped = flags.skStdin || flags.tokenStdin || flags.securityTokenStdin || flags.ak;
	if (flags.fromEnv && flags.fromCredentialsFile) {
		throw new ProfileInputError('--from-env and --from-credentials-file exclude each other');
	}
	if ((flags.fromEnv || flags.fromCredentialsFile) && isPiped) {
		throw new ProfileInputError(
			'keys given with --from-env or --from-credentials-file would not be used',
		);
	}
	if (flags.fromEnv) return 'env';
	return flags.fromCredentialsFile ? 'credentials-file' : 'profile';
}
