// Which credentials a connection uses, and where they came from. Order, unless a profile names
// its source: the profile, then HUAWEICLOUD_SDK_* variables (or MALOG_AUTH_TOKEN for a token),
// then the SDK credentials file. The source is named in messages; the secret never is.
import type { ClientAuth } from '../client/clientAuth.js';
import { UsageError } from '../commands/exitCodes.js';
import type { Profile } from '../profiles/profile.js';
import {
	type CredentialsFile,
	credentialsFilePath,
	readCredentialsFile,
} from './credentialsFile.js';

export const tokenVariable = 'MALOG_AUTH_TOKEN';
export const sdkVariables = {
	ak: 'HUAWEICLOUD_SDK_AK',
	sk: 'HUAWEICLOUD_SDK_SK',
	securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
	projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
} as const;

export interface ResolvedCredentials {
	auth: ClientAuth;
	/** e.g. 'profile "prod"', 'HUAWEICLOUD_SDK_AK/SK', 'credentials file /home/u/.huaweicloud/…'. */
	source: string;
	projectId?: string;
}

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function keyPairAuth(ak: string, sk: string, securityToken: string | undefined): ClientAuth {
	return securityToken ? { kind: 'temporary', ak, sk, securityToken } : { kind: 'aksk', ak, sk };
}

/** AK/SK from the environment; undefined when neither is set, an error when only one is. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): ResolvedCredentials | undefined {
	const ak = nonEmpty(env[sdkVariables.ak]);
	const sk = nonEmpty(env[sdkVariables.sk]);
	if (!ak && !sk) return undefined;
	if (!ak || !sk) {
		const missing = ak ? sdkVariables.sk : sdkVariables.ak;
		const present = ak ? sdkVariables.ak : sdkVariables.sk;
		throw new UsageError(`${present} is set but ${missing} is not; set both, or neither`);
	}

	const securityToken = nonEmpty(env[sdkVariables.securityToken]);
	const source = securityToken ? 'HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN' : 'HUAWEICLOUD_SDK_AK/SK';
	return {
		auth: keyPairAuth(ak, sk, securityToken),
		source,
		projectId: nonEmpty(env[sdkVariables.projectId]),
	};
}

export function tokenFromEnv(env: NodeJS.ProcessEnv): ResolvedCredentials | undefined {
	const token = nonEmpty(env[tokenVariable]);
	return token ? { auth: { kind: 'token', token }, source: tokenVariable } : undefined;
}

export function credentialsFromFile(
	file: CredentialsFile | undefined,
): ResolvedCredentials | undefined {
	if (!file?.ak || !file.sk) return undefined;
	return {
		auth: keyPairAuth(file.ak, file.sk, file.securityToken),
		source: `credentials file ${file.path} [basic]`,
		projectId: file.projectId,
	};
}

function fromProfileItself(profile: Profile): ResolvedCredentials {
	const source = `profile "${profile.name}"`;
	// There is no `profile edit` command: the picker's e key edits, `add --force` replaces.
	const missing = (what: string) =>
		new UsageError(
			`${source} has no ${what} saved; press e on it in malog's profile screen, or replace it ` +
				`with \`malog profile add ${profile.name} --force --region ${profile.region}\``,
		);

	if (profile.authKind === 'token') {
		if (!profile.token) throw missing('token');
		return { auth: { kind: 'token', token: profile.token }, source };
	}
	if (!profile.ak || !profile.sk) throw missing('AK/SK');
	if (profile.authKind === 'temporary' && !profile.securityToken) throw missing('security token');
	const securityToken = profile.authKind === 'temporary' ? profile.securityToken : undefined;
	return { auth: keyPairAuth(profile.ak, profile.sk, securityToken), source };
}

function fromProfileSource(profile: Profile, env: NodeJS.ProcessEnv): ResolvedCredentials {
	const owner = `profile "${profile.name}"`;
	if (profile.secretSource === 'profile') return fromProfileItself(profile);

	if (profile.secretSource === 'env') {
		const found = profile.authKind === 'token' ? tokenFromEnv(env) : credentialsFromEnv(env);
		const wanted =
			profile.authKind === 'token' ? tokenVariable : `${sdkVariables.ak} and ${sdkVariables.sk}`;
		if (!found)
			throw new UsageError(`${owner} reads its credentials from ${wanted}, which are not set`);
		return found;
	}

	const path = credentialsFilePath(env);
	const found = credentialsFromFile(readCredentialsFile(path));
	if (!found)
		throw new UsageError(
			`${owner} reads its credentials from ${path} [basic], which has no ak and sk`,
		);
	return found;
}

/** The credentials to use, or undefined when there are none anywhere (the demo case). */
export function resolveCredentials(
	profile: Profile | undefined,
	env: NodeJS.ProcessEnv,
): ResolvedCredentials | undefined {
	if (profile) return fromProfileSource(profile, env);
	return (
		credentialsFromEnv(env) ??
		tokenFromEnv(env) ??
		credentialsFromFile(readCredentialsFile(credentialsFilePath(env)))
	);
}
