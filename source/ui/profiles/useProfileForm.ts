// Keys inside the add/edit form: move between fields, change choices, type, erase, pick a
// region from a list, save (with the checks of the command line) or leave. Returns the next
// form, or undefined once it closes.
import type { Key } from 'ink';
import type { ProfileStore } from '../../profiles/profileStore.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { cursorMoveFor } from '../keys/cursorMove.js';
import { isAction } from '../keys/matchKey.js';
import { splitKeys } from '../keys/splitKeys.js';
import type { Status } from './ProfileScreen.js';
import {
	cycleChoice,
	eraseCharacter,
	moveFocus,
	type ProfileForm,
	typeText,
} from './profileFormModel.js';
import {
	chooseRegion,
	closeRegionPicker,
	moveRegionPicker,
	openRegionPicker,
} from './regionPicker.js';
import { submitProfileForm } from './submitProfileForm.js';
import type { StoreSnapshot } from './useStoreSnapshot.js';

export interface ProfileFormHandlers {
	store: ProfileStore;
	latestSnapshot(): StoreSnapshot;
	change(action: () => void): Status | undefined;
	onDone(message?: Status): void;
	onSaved(name: string): void;
	/** Rows the region list shows at once: its page for PgUp and PgDn. */
	regionListRows: number;
}

export function useProfileForm(handlers: ProfileFormHandlers) {
	return (form: ProfileForm, input: string, key: Key): ProfileForm | undefined => {
		if (form.regionPicker) return regionPickerKeys(form, input, key, handlers.regionListRows);
		if (isRegionListKey(form, input, key)) return openRegionPicker(form);
		if (isAction('form.cancel', input, key)) {
			handlers.onDone({ text: 'Nothing saved' });
			return undefined;
		}
		if (isAction('form.save', input, key)) return save(form, handlers);
		if (isAction('form.next', input, key)) return moveFocus(form, 1);
		if (isAction('form.previous', input, key)) return moveFocus(form, -1);
		if (isAction('form.choiceNext', input, key)) return cycleChoice(form, 1);
		if (isAction('form.choicePrevious', input, key)) return cycleChoice(form, -1);
		if (isAction('form.erase', input, key)) return eraseCharacter(form);

		// Keys that arrive together (a paste, a fast burst) come as one string: keep its text only.
		const text = key.ctrl || key.meta ? '' : sanitizeText(input.replace(/[\t\r\n]/g, ''));
		return text ? typeText(form, text) : form;
	};
}

/** Enter on the Region field opens the list, unless it is asked to confirm a custom region. */
function isRegionListKey(form: ProfileForm, input: string, key: Key): boolean {
	const isConfirming =
		form.error?.field === 'region' && form.confirmedRegion === form.values.region.trim();
	return form.focus === 'region' && !isConfirming && isAction('form.pickRegion', input, key);
}

/** The list takes every key while open; keys that came together are handled one by one. */
function regionPickerKeys(form: ProfileForm, input: string, key: Key, page: number) {
	let next = form;
	for (const press of splitKeys(input, key)) {
		if (!next.regionPicker) break;
		const move = cursorMoveFor(press.input, press.key);
		if (move) next = moveRegionPicker(next, move, page);
		else if (isAction('form.regionChoose', press.input, press.key)) next = chooseRegion(next);
		else if (isAction('form.regionClose', press.input, press.key)) next = closeRegionPicker(next);
	}
	return next;
}

function save(form: ProfileForm, handlers: ProfileFormHandlers): ProfileForm | undefined {
	const names = handlers.latestSnapshot().profiles.map((profile) => profile.name);
	const result = submitProfileForm(form, names);
	if ('form' in result) return result.form;

	const { profile } = result;
	const { store } = handlers;
	const original = form.original;
	const failure = handlers.change(() =>
		original ? store.replace(original.name, profile) : store.save(profile),
	);
	if (failure) return { ...form, error: { field: form.focus, message: failure.text } };

	handlers.onSaved(profile.name);
	handlers.onDone({ text: `Saved profile "${sanitizeText(profile.name)}"`, tone: 'ok' });
	return undefined;
}
