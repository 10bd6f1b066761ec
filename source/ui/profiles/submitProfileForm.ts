// Saving the form: every field checked with the same rules as the command line; the first
// problem moves the focus to its field. An unknown region is accepted on the second try.
import type { Profile } from '../../profiles/profile.js';
import { isKnownRegion, looksLikeRegionId } from '../../profiles/regions.js';
import {
	checkEndpoint,
	checkProfileName,
	checkProjectId,
	checkRegion,
} from '../../profiles/validateProfile.js';
import { type FieldId, type ProfileForm, visibleFields } from './profileFormModel.js';

export type SubmitResult = { profile: Profile } | { form: ProfileForm };

export function submitProfileForm(form: ProfileForm, takenNames: readonly string[]): SubmitResult {
	const values = trimmed(form);
	const region = values.region;
	const isUnconfirmedCustom =
		!isKnownRegion(region) && looksLikeRegionId(region) && form.confirmedRegion !== region;

	const problems: [FieldId, string | undefined][] = [
		['name', checkProfileName(values.name) ?? checkNameFree(values.name, form, takenNames)],
		['region', isUnconfirmedCustom ? undefined : checkRegion(region, true)],
		['projectId', checkProjectId(values.projectId)],
		['endpoint', checkEndpoint(values.endpoint)],
		...secretProblems(form, values),
	];
	const problem = problems.find(([, message]) => message !== undefined);
	if (problem)
		return {
			form: { ...form, focus: problem[0], error: { field: problem[0], message: problem[1] ?? '' } },
		};

	if (isUnconfirmedCustom) {
		const message = `"${region}" is not a known ModelArts region: press Enter again to use it`;
		return {
			form: {
				...form,
				focus: 'region',
				confirmedRegion: region,
				error: { field: 'region', message },
			},
		};
	}
	return { profile: buildProfile(form, values) };
}

function trimmed(form: ProfileForm): ProfileForm['values'] {
	const entries = Object.entries(form.values).map(([field, value]) => [field, value.trim()]);
	return Object.fromEntries(entries) as ProfileForm['values'];
}

function checkNameFree(name: string, form: ProfileForm, takenNames: readonly string[]) {
	const isRename = form.original?.name !== name;
	return isRename && takenNames.includes(name) ? `a profile named "${name}" exists` : undefined;
}

function secretProblems(
	form: ProfileForm,
	values: ProfileForm['values'],
): [FieldId, string | undefined][] {
	const fields = visibleFields(form);
	const isKept = (field: 'sk' | 'securityToken' | 'token') =>
		values[field] !== '' || Boolean(form.original?.[field]);
	const problems: [FieldId, string | undefined][] = [];
	if (fields.includes('ak') && !values.ak) problems.push(['ak', 'the access key (AK) is missing']);
	if (fields.includes('sk') && !isKept('sk'))
		problems.push(['sk', 'the secret key (SK) is missing']);
	if (fields.includes('securityToken') && !isKept('securityToken')) {
		problems.push(['securityToken', 'the security token is missing']);
	}
	if (fields.includes('token') && !isKept('token'))
		problems.push(['token', 'the token is missing']);
	return problems;
}

function buildProfile(form: ProfileForm, values: ProfileForm['values']): Profile {
	const profile: Profile = {
		name: values.name,
		region: values.region,
		authKind: form.authKind,
		secretSource: form.secretSource,
	};
	if (values.projectId) profile.projectId = values.projectId.toLowerCase();
	if (values.endpoint) profile.endpoint = values.endpoint.replace(/\/+$/, '');
	if (form.secretSource !== 'profile') return profile;

	for (const field of visibleFields(form)) {
		if (field !== 'ak' && field !== 'sk' && field !== 'securityToken' && field !== 'token')
			continue;
		const value = values[field] || form.original?.[field];
		if (value) profile[field] = value;
	}
	return profile;
}
