// Test helper, written independently of sanitize.ts: which characters in a text a terminal
// could act on (ESC and the other C0 controls, DEL, C1) or that reorder text (bidi controls).

const BIDI_CONTROLS = new Set([
	0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

export function terminalActiveCharacters(text: string, allowNewline = false): string[] {
	const found: string[] = [];

	for (const character of text) {
		const code = character.codePointAt(0) ?? 0;
		const isControl = code < 0x20 || (code >= 0x7f && code <= 0x9f);

		if ((isControl && !(allowNewline && code === 0x0a)) || BIDI_CONTROLS.has(code)) {
			found.push(`U+${code.toString(16).padStart(4, '0')}`);
		}
	}

	return found;
}
