// The keys that matter on the current screen, straight from the key table.
import { Text } from 'ink';
import { displayWidth } from '../../terminal/displayWidth.js';
import type { KeyScope } from '../keys/keyBindings.js';
import { bindingHintKey } from '../keys/keyLabels.js';
import { footerBindings } from '../keys/matchKey.js';
import { useTheme } from '../theme/theme.js';

/** The hints that fit in the width, in the table's order, each as "key hint". */
export function footerHintText(scopes: KeyScope[], width: number): string {
	const seen = new Set<string>();
	const withGlobal = !scopes.includes('filter') && !scopes.includes('help');
	let line = '';
	for (const binding of footerBindings(scopes, withGlobal)) {
		if (seen.has(binding.action)) continue;
		seen.add(binding.action);
		const item = `${bindingHintKey(binding)} ${binding.hint}`;
		const next = line ? `${line}  ${item}` : item;
		if (displayWidth(next) > width) break;
		line = next;
	}
	return line;
}

export function FooterHints({ scopes, width }: { scopes: KeyScope[]; width: number }) {
	const theme = useTheme();
	return (
		<Text color={theme.colorOf('muted')} wrap="truncate-end">
			{footerHintText(scopes, width)}
		</Text>
	);
}
