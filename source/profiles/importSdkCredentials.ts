// A profile from the Huawei Cloud SDK credentials file (INI, section [basic]). The keys stay in
// that file: the profile points at it, so rotating keys there needs no change in malog.
import { parse } from 'ini';
import type { ImportedProfiles } from './importKooCli.js';
import type { Profile } from './profile.js';
import { ProfileInputError } from './profileErrors.js';

export function profileFromSdkCredentials(
	text: string,
	path: string,
	target: { name: string; region?: string },
): ImportedProfiles {
	const sections = parse(text) as Record<string, Record<string, unknown> | undefined>;
	const basic = sections.basic;
	if (!basic || !field(basic, 'ak') || !field(basic, 'sk')) {
		const hint = sections.global ? ' ([global] keys are for global services, not ModelArts)' : '';
		return { profiles: [], notes: [`${path} has no [basic] section with ak and sk${hint}`] };
	}
	if (!target.region) {
		throw new ProfileInputError(`${path} names no region: pass --region (e.g. cn-north-4)`);
	}

	const profile: Profile = {
		name: target.name,
		region: target.region,
		authKind: field(basic, 'security_token') ? 'temporary' : 'aksk',
		secretSource: 'credentials-file',
	};
	const projectId = field(basic, 'project_id');
	if (projectId) profile.projectId = projectId;
	return { profiles: [profile], notes: [] };
}

function field(section: Record<string, unknown>, name: string): string | undefined {
	const value = section[name];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
