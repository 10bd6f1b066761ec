// Between the Profile callers use and the record kept in the file: the name is the record's key,
// empty fields are left out, and secrets are kept only when the profile stores its own.
import type { Profile } from './profile.js';
import type { StoredProfile } from './profileFileSchema.js';

export function fromStoredProfile(name: string, stored: StoredProfile): Profile {
	return { name, ...stored };
}

export function toStoredProfile(profile: Profile): StoredProfile {
	const { name: _name, ...fields } = profile;
	const stored: StoredProfile = {
		region: fields.region,
		authKind: fields.authKind,
		secretSource: fields.secretSource,
	};
	setIfPresent(stored, 'projectId', fields.projectId);
	setIfPresent(stored, 'endpoint', fields.endpoint);
	if (profile.secretSource !== 'profile') return stored;

	if (profile.authKind === 'token') {
		setIfPresent(stored, 'token', fields.token);
		return stored;
	}
	setIfPresent(stored, 'ak', fields.ak);
	setIfPresent(stored, 'sk', fields.sk);
	if (profile.authKind === 'temporary') setIfPresent(stored, 'securityToken', fields.securityToken);
	return stored;
}

function setIfPresent(
	stored: StoredProfile,
	field: keyof StoredProfile,
	value: string | undefined,
) {
	if (value !== undefined && value !== '')
		(stored as unknown as Record<string, string>)[field] = value;
}
