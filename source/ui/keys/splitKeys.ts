// Ink hands a paste (or keys that arrived together, as from tmux send-keys) to useInput as one
// string. Split it back into single keys so "/demo" opens the filter and types "demo", and
// two Enters are two Enters.
import type { Key } from 'ink';

export interface KeyPress {
	input: string;
	key: Key;
}

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

const segmenter = new Intl.Segmenter();

function hasFlags(key: Key): boolean {
	return Object.entries(key).some(([name, value]) => name !== 'shift' && value === true);
}

function pressOf(character: string): KeyPress {
	if (character === '\r' || character === '\n')
		return { input: '', key: { ...noKey, return: true } };
	if (character === '\u007f' || character === '\b') {
		return { input: '', key: { ...noKey, backspace: true } };
	}
	if (character === '\t') return { input: '', key: { ...noKey, tab: true } };
	return { input: character, key: { ...noKey, shift: /^[A-Z]$/.test(character) } };
}

export function splitKeys(input: string, key: Key): KeyPress[] {
	const characters = [...segmenter.segment(input)].map((part) => part.segment);
	if (characters.length <= 1 || hasFlags(key)) return [{ input, key }];
	return characters.map(pressOf);
}
