// The add/edit form as plain data: which fields show, what was typed, where the focus is, and
// the checks run on save. Pure, so the whole form is tested without a terminal.
import type { AuthKind, Profile, SecretSource } from '../../profiles/profile.js';

export type TextFieldId = 'name' | 'region' | 'projectId' | 'endpoint' | 'ak' | SecretFieldId;
export type SecretFieldId = 'sk' | 'securityToken' | 'token';
export type ChoiceFieldId = 'authKind' | 'secretSource';
export type FieldId = TextFieldId | ChoiceFieldId;

export interface ProfileForm {
	/** The profile being edited; absent when adding. */
	original?: Profile;
	values: Record<TextFieldId, string>;
	authKind: AuthKind;
	secretSource: SecretSource;
	focus: FieldId;
	error?: { field: FieldId; message: string };
	/** A region outside the known list that the user already confirmed once. */
	confirmedRegion?: string;
	/** The list of known regions, open over the form, and its highlighted row. */
	regionPicker?: { index: number };
}

export const authKinds: AuthKind[] = ['aksk', 'temporary', 'token'];
export const secretSources: SecretSource[] = ['profile', 'env', 'credentials-file'];
export const secretFields: readonly FieldId[] = ['sk', 'securityToken', 'token'];

export function newProfileForm(original?: Profile): ProfileForm {
	return {
		original,
		values: {
			name: original?.name ?? '',
			region: original?.region ?? '',
			projectId: original?.projectId ?? '',
			endpoint: original?.endpoint ?? '',
			ak: original?.ak ?? '',
			// Secrets are never put back on screen: an empty field keeps the saved one.
			sk: '',
			securityToken: '',
			token: '',
		},
		authKind: original?.authKind ?? 'aksk',
		secretSource: original?.secretSource ?? 'profile',
		focus: 'name',
	};
}

export function visibleFields(form: ProfileForm): FieldId[] {
	const fields: FieldId[] = ['name', 'region', 'projectId', 'endpoint', 'authKind', 'secretSource'];
	if (form.secretSource !== 'profile') return fields;
	if (form.authKind === 'token') return [...fields, 'token'];
	if (form.authKind === 'aksk') return [...fields, 'ak', 'sk'];
	return [...fields, 'ak', 'sk', 'securityToken'];
}

export function isChoiceField(field: FieldId): field is ChoiceFieldId {
	return field === 'authKind' || field === 'secretSource';
}

export function typeText(form: ProfileForm, text: string): ProfileForm {
	if (isChoiceField(form.focus)) return form;
	const field = form.focus;
	return {
		...form,
		error: undefined,
		values: { ...form.values, [field]: form.values[field] + text },
	};
}

export function eraseCharacter(form: ProfileForm): ProfileForm {
	if (isChoiceField(form.focus)) return form;
	const field = form.focus;
	const characters = [...form.values[field]];
	characters.pop();
	return { ...form, error: undefined, values: { ...form.values, [field]: characters.join('') } };
}

export function moveFocus(form: ProfileForm, step: 1 | -1): ProfileForm {
	const fields = visibleFields(form);
	const index = fields.indexOf(form.focus);
	const next = fields[(index + step + fields.length) % fields.length] ?? 'name';
	return { ...form, focus: next };
}

export function cycleChoice(form: ProfileForm, step: 1 | -1): ProfileForm {
	if (form.focus === 'authKind') {
		return { ...form, error: undefined, authKind: cycle(authKinds, form.authKind, step) };
	}
	if (form.focus === 'secretSource') {
		const secretSource = cycle(secretSources, form.secretSource, step);
		return { ...form, error: undefined, secretSource };
	}
	return form;
}

function cycle<T>(choices: readonly T[], current: T, step: number): T {
	const index = choices.indexOf(current);
	return choices[(index + step + choices.length) % choices.length] ?? current;
}
