// The keys that matter on the current screen, straight from the key table.
import { Text } from 'ink';
import { displayWidth } from '../../terminal/displayWidth.js';
import type { KeyScope } from '../keys/keyBindings.js';
import { bindingHintKey } from '../keys/keyLabels.js';
import { footerBindings } from '../keys/matchKey.js';
import { useTheme } from '../theme/theme.js';

const essentialActions = ['help', 'quit'];

/**
 * The hints that fit in the width, each as "key hint": the screen's own keys in the table's
 * order, then the global ones; help and quit are always kept at the end.
 */
export function footerHintText(
	scopes: KeyScope[],
	width: number,
	omit: readonly string[] = [],
): string {
	const withGlobal = !scopes.some((scope) => ['filter', 'help', 'profiles'].includes(scope));
	// The profile picker answers to its own keys; of the global ones only q works there.
	const bindings = (
		scopes.includes('profiles')
			? [
					...footerBindings(scopes, false),
					...footerBindings([], true).filter((b) => b.action === 'quit'),
				]
			: footerBindings(scopes, withGlobal)
	).filter((binding) => !omit.includes(binding.action));
	const items = (list: typeof bindings) =>
		list.map((binding) => `${bindingHintKey(binding)} ${binding.hint}`);
	const essential = items(bindings.filter((binding) => essentialActions.includes(binding.action)));
	const others = bindings.filter((binding) => !essentialActions.includes(binding.action));
	const seen = new Set<string>();
	const tail = essential.join('  ');
	let line = '';
	for (const [position, item] of items(others).entries()) {
		const action = others[position]?.action ?? '';
		if (seen.has(action)) continue;
		seen.add(action);
		const next = line ? `${line}  ${item}` : item;
		if (displayWidth(tail ? `${next}  ${tail}` : next) > width) break;
		line = next;
	}
	return [line, tail].filter(Boolean).join('  ');
}

export interface FooterHintsProps {
	scopes: KeyScope[];
	width: number;
	/** Actions of those scopes that do nothing on this screen. */
	omit?: readonly string[];
}

export function FooterHints({ scopes, width, omit }: FooterHintsProps) {
	const theme = useTheme();
	return (
		<Text color={theme.colorOf('muted')} wrap="truncate-end">
			{footerHintText(scopes, width, omit)}
		</Text>
	);
}
