// The form's own key hints, from the key table: the app's footer shows the picker's keys, and
// the global ones (q, ?) do not apply while typing. Enter saves, but on the Region field it
// opens the region list, and the open list has keys of its own.
import { Text } from 'ink';
import { displayWidth } from '../../terminal/displayWidth.js';
import { bindingHintKey } from '../keys/keyLabels.js';
import { footerBindings } from '../keys/matchKey.js';
import { useTheme } from '../theme/theme.js';
import type { ProfileForm } from './profileFormModel.js';

const regionListActions = ['form.regionChoose', 'form.regionClose'];

function shownActions(form: ProfileForm): (action: string) => boolean {
	if (form.regionPicker) return (action) => regionListActions.includes(action);
	const enterAction = form.focus === 'region' ? 'form.pickRegion' : 'form.save';
	return (action) =>
		!regionListActions.includes(action) &&
		(action === enterAction || (action !== 'form.pickRegion' && action !== 'form.save'));
}

export function formHintText(form: ProfileForm, width: number): string {
	const isShown = shownActions(form);
	let line = '';
	for (const binding of footerBindings(['profileForm'], false)) {
		if (!isShown(binding.action)) continue;
		const item = `${bindingHintKey(binding)} ${binding.hint}`;
		const next = line ? `${line}  ${item}` : item;
		if (displayWidth(next) > width) break;
		line = next;
	}
	return line;
}

export function FormHints({ form, width }: { form: ProfileForm; width: number }) {
	const theme = useTheme();
	return <Text color={theme.colorOf('muted')}>{formHintText(form, width)}</Text>;
}
