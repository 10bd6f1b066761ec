// How key names of the table are written on screen.
import { glyphs } from '../../terminal/glyphs.js';
import type { KeyBinding } from './keyBindings.js';

const labels: Record<string, string> = {
	escape: 'esc',
	enter: 'enter',
	up: glyphs.arrowUp,
	down: glyphs.arrowDown,
	left: glyphs.arrowLeft,
	right: glyphs.arrowRight,
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	backspace: 'bksp',
	tab: 'tab',
};

export function keyLabel(name: string): string {
	if (name.startsWith('ctrl+')) return `^${name.slice('ctrl+'.length)}`;
	return labels[name] ?? name;
}

/** All the keys of a binding, for the help overlay: "enter, →". */
export function bindingKeysLabel(binding: KeyBinding): string {
	return binding.keys.map(keyLabel).join(', ');
}

/** The first key of a binding, for the footer. */
export function bindingHintKey(binding: KeyBinding): string {
	return keyLabel(binding.keys[0] ?? '');
}
