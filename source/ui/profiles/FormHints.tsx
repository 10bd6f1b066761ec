// The form's own key hints, from the key table: the app's footer shows the picker's keys, and
// the global ones (q, ?) do not apply while typing.
import { Text } from 'ink';
import { displayWidth } from '../../terminal/displayWidth.js';
import { bindingHintKey } from '../keys/keyLabels.js';
import { footerBindings } from '../keys/matchKey.js';
import { useTheme } from '../theme/theme.js';

export function formHintText(width: number): string {
	let line = '';
	for (const binding of footerBindings(['profileForm'], false)) {
		const item = `${bindingHintKey(binding)} ${binding.hint}`;
		const next = line ? `${line}  ${item}` : item;
		if (displayWidth(next) > width) break;
		line = next;
	}
	return line;
}

export function FormHints({ width }: { width: number }) {
	const theme = useTheme();
	return <Text color={theme.colorOf('muted')}>{formHintText(width)}</Text>;
}
