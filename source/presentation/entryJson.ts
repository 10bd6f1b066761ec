// One entry as JSON for `y` (clipboard) and `w` (file). Values are kept as the API sent them,
// except secrets, which are masked; characters a terminal could act on are written as \u
// escapes so that printing the file later is harmless.

import type { UpdateLogEntry } from '../api/types.js';
import { maskDeep } from './maskSecrets.js';

// JSON.stringify already escapes C0; C1, DEL and bidi controls it leaves raw.
const TERMINAL_ACTIVE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function entryAsJson(entry: UpdateLogEntry, options: { maskAllEnvs: boolean }): string {
	const masked = maskDeep(entry, { maskAllEnvs: options.maskAllEnvs, revealSecrets: false });
	const text = JSON.stringify(masked, null, 2) ?? 'null';

	return text.replace(
		TERMINAL_ACTIVE,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
