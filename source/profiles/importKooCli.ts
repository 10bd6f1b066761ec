// Profiles from KooCLI's ~/.hcloud/config.json: names, regions and project ids always; keys only
// when the file keeps them in plain text (KooCLI encrypts them by default, in an undocumented
// scheme, so encrypted keys stay behind and the user is told).
import type { Profile } from './profile.js';
import { ProfileInputError } from './profileErrors.js';

export interface ImportedProfiles {
	profiles: Profile[];
	/** One line each: what was left out and why. Never a secret. */
	notes: string[];
	/** The profile the source marks as current, if any. */
	defaultName?: string;
}

interface KooCliProfile {
	name?: unknown;
	mode?: unknown;
	region?: unknown;
	projectId?: unknown;
	accessKeyId?: unknown;
	secretAccessKey?: unknown;
	securityToken?: unknown;
}

const plainAccessKey = /^[A-Z0-9]{16,64}$/;

export function profilesFromKooCliConfig(text: string, path: string): ImportedProfiles {
	const config = parseConfig(text, path);
	const entries = Array.isArray(config.profiles) ? (config.profiles as KooCliProfile[]) : [];
	const result: ImportedProfiles = { profiles: [], notes: [] };
	if (typeof config.current === 'string') result.defaultName = config.current;

	for (const entry of entries) {
		const name = nonEmptyText(entry.name);
		const region = nonEmptyText(entry.region);
		if (!name || !region) {
			result.notes.push(`a KooCLI profile without ${name ? 'a region' : 'a name'} was skipped`);
			continue;
		}
		result.profiles.push(toProfile(name, region, entry, config.authEncrypt, result.notes));
	}
	return result;
}

function parseConfig(text: string, path: string): Record<string, unknown> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new ProfileInputError(`${path} is not valid JSON; nothing imported from KooCLI`);
	}
	if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
		return parsed as Record<string, unknown>;
	}
	throw new ProfileInputError(`${path} does not hold KooCLI profiles; nothing imported from it`);
}

function toProfile(
	name: string,
	region: string,
	entry: KooCliProfile,
	authEncrypt: unknown,
	notes: string[],
): Profile {
	const profile: Profile = { name, region, authKind: 'aksk', secretSource: 'env' };
	const projectId = nonEmptyText(entry.projectId);
	if (projectId) profile.projectId = projectId;

	const mode = nonEmptyText(entry.mode) ?? 'AKSK';
	if (mode.toUpperCase() !== 'AKSK') {
		notes.push(
			`KooCLI profile "${name}" uses ${mode}, which malog cannot use: imported without keys`,
		);
		return profile;
	}
	const ak = nonEmptyText(entry.accessKeyId);
	const sk = nonEmptyText(entry.secretAccessKey);
	if (!ak || !sk) return profile;
	if (!areKeysPlain(authEncrypt, ak)) {
		notes.push(
			`KooCLI profile "${name}": its keys are encrypted (authEncrypt), so they were not imported; ` +
				'it reads HUAWEICLOUD_SDK_AK/SK instead',
		);
		return profile;
	}

	const securityToken = nonEmptyText(entry.securityToken);
	const kind = securityToken ? 'temporary' : 'aksk';
	return {
		...profile,
		authKind: kind,
		secretSource: 'profile',
		ak,
		sk,
		...(securityToken ? { securityToken } : {}),
	};
}

/** "true" (KooCLI writes a string) means encrypted; an absent flag is judged by the AK's look. */
function areKeysPlain(authEncrypt: unknown, ak: string): boolean {
	if (authEncrypt === 'true' || authEncrypt === true) return false;
	if (authEncrypt === 'false' || authEncrypt === false) return true;
	return plainAccessKey.test(ak);
}

function nonEmptyText(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
