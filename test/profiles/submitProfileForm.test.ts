import { describe, expect, it } from 'vitest';
import type { Profile } from '../../source/profiles/profile.js';
import {
	cycleChoice,
	moveFocus,
	newProfileForm,
	type ProfileForm,
	visibleFields,
} from '../../source/ui/profiles/profileFormModel.js';
import { submitProfileForm } from '../../source/ui/profiles/submitProfileForm.js';

function filled(values: Partial<ProfileForm['values']>, base = newProfileForm()): ProfileForm {
	return { ...base, values: { ...base.values, ...values } };
}

describe('the profile form', () => {
	it('shows the secret fields the auth kind needs', () => {
		const form = newProfileForm();
		expect(visibleFields(form).slice(6)).toEqual(['ak', 'sk']);
		const onAuth = { ...form, focus: 'authKind' as const };
		expect(visibleFields(cycleChoice(onAuth, 1)).slice(6)).toEqual(['ak', 'sk', 'securityToken']);
		expect(visibleFields(cycleChoice(onAuth, -1)).slice(6)).toEqual(['token']);
		expect(moveFocus(form, -1).focus).toBe('sk');
	});

	it('moves the focus to the first problem', () => {
		const result = submitProfileForm(filled({ name: 'p', region: 'cn-north-4', ak: 'AK1' }), []);
		expect(result).toMatchObject({
			form: { focus: 'sk', error: { message: 'the secret key (SK) is missing' } },
		});
	});

	it('refuses a name another profile has', () => {
		const form = filled({ name: 'prod', region: 'cn-north-4' });
		const result = submitProfileForm({ ...form, secretSource: 'env' }, ['prod']);
		expect(result).toMatchObject({
			form: { focus: 'name', error: { message: 'a profile named "prod" exists' } },
		});
	});

	it('keeps saved secrets left empty in an edit, and lowercases the project id', () => {
		const saved: Profile = {
			name: 'sts',
			region: 'cn-north-4',
			authKind: 'temporary',
			secretSource: 'profile',
			ak: 'AK1',
			sk: 'saved-sk',
			securityToken: 'saved-token',
		};
		const form = filled(
			{ projectId: '0123456789ABCDEF0123456789ABCDEF', sk: 'new-sk' },
			newProfileForm(saved),
		);
		expect(submitProfileForm(form, ['sts'])).toEqual({
			profile: { ...saved, sk: 'new-sk', projectId: '0123456789abcdef0123456789abcdef' },
		});
	});
});
