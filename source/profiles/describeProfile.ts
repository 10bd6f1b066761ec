// Words for a profile on screen and on stdout. Secrets appear only through maskSecret; the AK is
// an identifier, not a secret, and is shown so the user can tell keys apart.
import { maskSecret } from './maskSecret.js';
import type { AuthKind, Profile } from './profile.js';

const authKindLabels: Record<AuthKind, string> = {
	aksk: 'AK/SK',
	temporary: 'temporary AK/SK',
	token: 'token',
};

export function authKindLabel(kind: AuthKind): string {
	return authKindLabels[kind];
}

/** Where the profile's secrets come from, in a few words: "AK/SK from the environment". */
export function credentialSourceLabel(profile: Profile): string {
	const kind = authKindLabel(profile.authKind);
	if (profile.secretSource === 'profile') return `${kind} stored in the profile`;
	if (profile.secretSource === 'credentials-file') return `${kind} from the SDK credentials file`;
	return `${kind} from the environment`;
}

/** Label and value pairs for `show` and the detail pane, secrets masked. */
export function profileDetails(profile: Profile): [string, string][] {
	const details: [string, string][] = [
		['name', profile.name],
		['region', profile.region],
		['project id', profile.projectId ?? '(resolved from IAM when needed)'],
		['endpoint', profile.endpoint ?? '(from the region)'],
		['credentials', credentialSourceLabel(profile)],
	];
	if (profile.secretSource !== 'profile') return details;

	if (profile.ak) details.push(['AK', profile.ak]);
	if (profile.sk) details.push(['SK', maskSecret(profile.sk)]);
	if (profile.securityToken) details.push(['security token', maskSecret(profile.securityToken)]);
	if (profile.token) details.push(['token', maskSecret(profile.token)]);
	return details;
}
