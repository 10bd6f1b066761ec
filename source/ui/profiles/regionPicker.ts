// The Region field's list of choices: the regions the profile checks already know, then a way
// back to typing a custom one. Pure, so moving and choosing are tested without a terminal.
import { knownRegions } from '../../profiles/regions.js';
import { glyphs } from '../../terminal/glyphs.js';
import type { CursorMove } from '../keys/cursorMove.js';
import { moveIndex } from '../list/listCursor.js';
import { moveFocus, type ProfileForm } from './profileFormModel.js';

export interface RegionChoice {
	key: string;
	label: string;
	/** The region the field gets; undefined for the row that goes back to typing. */
	value: string | undefined;
}

export const regionChoices: readonly RegionChoice[] = [
	...knownRegions.map((region) => ({ key: region, label: region, value: region })),
	{ key: 'custom-region', label: `custom region${glyphs.ellipsis}`, value: undefined },
];

/** Opens the list on the region typed so far, or the first one it begins. */
export function openRegionPicker(form: ProfileForm): ProfileForm {
	const typed = form.values.region.trim();
	const exact = knownRegions.indexOf(typed);
	const begun = typed ? knownRegions.findIndex((region) => region.startsWith(typed)) : -1;
	const index = exact >= 0 ? exact : Math.max(0, begun);
	return { ...form, regionPicker: { index } };
}

export function moveRegionPicker(form: ProfileForm, move: CursorMove, page: number): ProfileForm {
	if (!form.regionPicker) return form;
	const index = moveIndex(form.regionPicker.index, move, page, regionChoices.length);
	return { ...form, regionPicker: { index } };
}

/**
 * Fills the field with the highlighted region and goes on to the next field, where Enter saves;
 * the custom row leaves the Region field to type in.
 */
export function chooseRegion(form: ProfileForm): ProfileForm {
	const choice = form.regionPicker ? regionChoices[form.regionPicker.index] : undefined;
	const closed = closeRegionPicker(form);
	if (choice?.value === undefined) return closed;
	const filled = { ...closed, error: undefined, values: { ...form.values, region: choice.value } };
	return moveFocus(filled, 1);
}

export function closeRegionPicker(form: ProfileForm): ProfileForm {
	return { ...form, regionPicker: undefined };
}
