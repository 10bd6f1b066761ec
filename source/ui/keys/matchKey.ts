import type { Key } from 'ink';
import { type KeyScope, keyBindings } from './keyBindings.js';

const namedKeys: Record<string, (key: Key) => boolean> = {
	up: (key) => key.upArrow,
	down: (key) => key.downArrow,
	left: (key) => key.leftArrow,
	right: (key) => key.rightArrow,
	pageup: (key) => key.pageUp,
	pagedown: (key) => key.pageDown,
	home: (key) => key.home,
	end: (key) => key.end,
	enter: (key) => key.return,
	escape: (key) => key.escape,
	tab: (key) => key.tab,
	backspace: (key) => key.backspace || key.delete,
};

/** Whether one key name of the table ('ctrl+r', 'G', 'pagedown') is what was pressed. */
export function matchesKeyName(name: string, input: string, key: Key): boolean {
	const named = namedKeys[name];
	if (named) return named(key);

	if (name.startsWith('ctrl+')) return key.ctrl && input === name.slice('ctrl+'.length);
	return !key.ctrl && !key.meta && input === name;
}

/** Whether the key pressed is bound to the action (in any scope the action is declared in). */
export function isAction(action: string, input: string, key: Key): boolean {
	return keyBindings.some(
		(binding) =>
			binding.action === action && binding.keys.some((name) => matchesKeyName(name, input, key)),
	);
}

/**
 * The bindings whose hints belong in the footer of a screen, global ones last (left out while
 * typing or in an overlay, where the global keys do not apply).
 */
export function footerBindings(scopes: KeyScope[], withGlobal = true) {
	const local = keyBindings.filter((binding) => binding.hint && scopes.includes(binding.scope));
	if (!withGlobal) return local;
	const global = keyBindings.filter((binding) => binding.hint && binding.scope === 'global');
	return [...local, ...global];
}
