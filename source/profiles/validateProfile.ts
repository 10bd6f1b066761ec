// Checks shared by the command line and the form. Each returns a one-line problem, or undefined
// when the value is fine, so a form can show it beside the field and a command can throw it.
import type { Profile } from './profile.js';
import { ProfileInputError } from './profileErrors.js';
import { isKnownRegion, looksLikeRegionId } from './regions.js';

const maximumNameLength = 64;

export function checkProfileName(name: string): string | undefined {
	if (name.trim() === '') return 'the profile name is empty';
	if (name !== name.trim()) return 'the profile name starts or ends with a space';
	if (name.length > maximumNameLength)
		return `the profile name is over ${maximumNameLength} characters`;
	// Control characters would reach the terminal every time the name is drawn.
	if (/\p{Cc}/u.test(name)) return 'the profile name contains control characters';
	if (name === '__proto__' || name === '__internal__') return `"${name}" is a reserved name`;
	return undefined;
}

/**
 * A known region is always fine; another well-formed id only when the user confirmed it
 * (isCustomAllowed), since a typo would otherwise surface much later as a DNS failure.
 */
export function checkRegion(region: string, isCustomAllowed = false): string | undefined {
	if (region === '') return 'the region is empty (e.g. cn-north-4)';
	if (isKnownRegion(region)) return undefined;
	if (!looksLikeRegionId(region)) return `"${region}" is not a region id (e.g. cn-north-4)`;
	if (isCustomAllowed) return undefined;
	return `"${region}" is not a known ModelArts region`;
}

export function checkProjectId(projectId: string | undefined): string | undefined {
	if (projectId === undefined || projectId === '') return undefined;
	if (/^[0-9a-f]{32}$/i.test(projectId)) return undefined;
	return 'the project id must be 32 hexadecimal characters (IAM console: My Credentials)';
}

export function checkEndpoint(endpoint: string | undefined): string | undefined {
	if (endpoint === undefined || endpoint === '') return undefined;
	const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
		return 'the endpoint must be an http(s) URL, e.g. https://modelarts.cn-north-4.myhuaweicloud.com';
	}
	if (url.username || url.password) return 'the endpoint URL must not carry a user or password';
	return undefined;
}

/** What a profile still lacks for its auth kind when its secrets are stored in it. */
export function checkStoredSecrets(profile: Profile): string | undefined {
	if (profile.secretSource !== 'profile') return undefined;
	if (profile.authKind === 'token') return profile.token ? undefined : 'the token is missing';
	if (!profile.ak) return 'the access key (AK) is missing';
	if (!profile.sk) return 'the secret key (SK) is missing';
	if (profile.authKind === 'temporary' && !profile.securityToken) {
		return 'the security token is missing (temporary credentials need one)';
	}
	return undefined;
}

/** Throws the first problem found. Regions already saved are not re-questioned. */
export function assertValidProfile(profile: Profile, isCustomRegionAllowed = true): void {
	const problem =
		checkProfileName(profile.name) ??
		checkRegion(profile.region, isCustomRegionAllowed) ??
		checkProjectId(profile.projectId) ??
		checkEndpoint(profile.endpoint) ??
		checkStoredSecrets(profile);
	if (problem) throw new ProfileInputError(`profile ${JSON.stringify(profile.name)}: ${problem}`);
}
