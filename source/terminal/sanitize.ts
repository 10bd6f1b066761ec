// Every string the API sends reaches the terminal through here. Ink 6.8 passes OSC sequences
// straight to stdout, so a model name could otherwise set the clipboard (OSC 52), retitle the
// window (OSC 0) or move the cursor. The result is one line of plain, printable text.

const ESC = '\u001b';

// String-type sequences (OSC, DCS, SOS, PM, APC) run until BEL or ST (ESC \ or 0x9C); when the
// terminator never comes, a terminal swallows the rest, and so do we.
const STRING_START = `(?:${ESC}[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])`;
const STRING_END = `(?:\\u0007|${ESC}\\\\|\\u009c|$)`;
const STRING_SEQUENCE = new RegExp(`${STRING_START}[\\s\\S]*?${STRING_END}`, 'g');

// CSI: parameters, intermediates, one final byte.
const CONTROL_SEQUENCE = new RegExp(
	`(?:${ESC}\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?`,
	'g',
);

// Any other escape: intermediates then one final byte (ESC c, ESC 7, ESC ( B, ...).
const OTHER_ESCAPE = new RegExp(`${ESC}[\\u0020-\\u002f]*[\\u0030-\\u007e]?`, 'g');

const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;

// C0, DEL, C1; bidi embeddings, overrides, isolates and marks; zero-width and invisible
// formatting characters that make the measured width differ from what the terminal draws;
// variation selectors (terminals disagree on emoji presentation width); tag characters.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
	[0x0000, 0x001f],
	[0x007f, 0x009f],
	[0x00ad, 0x00ad],
	[0x061c, 0x061c],
	[0x180e, 0x180e],
	[0x200b, 0x200f],
	[0x202a, 0x202e],
	[0x2060, 0x2064],
	[0x2066, 0x206f],
	[0xfe00, 0xfe0f],
	[0xfeff, 0xfeff],
	[0xfff9, 0xfffb],
	[0xe0000, 0xe007f],
];

const REPLACEMENT = '\ufffd';

/** Any API value as one line of text that is safe to draw; null and undefined become ''. */
export function sanitizeText(value: unknown): string {
	const text = toText(value);

	if (!needsCleaning(text)) {
		return text;
	}

	const withoutSequences = text
		.replace(STRING_SEQUENCE, '')
		.replace(CONTROL_SEQUENCE, '')
		.replace(OTHER_ESCAPE, '')
		.replace(LINE_BREAKS, ' ');

	return dropInvisible(withoutSequences);
}

/** Whether a code point is a control or invisible formatting character this module removes. */
export function isInvisibleCodePoint(codePoint: number): boolean {
	// The ranges are sorted, so most text (Latin, CJK) is decided within a few comparisons.
	for (const [first, last] of INVISIBLE_RANGES) {
		if (codePoint < first) {
			return false;
		}

		if (codePoint <= last) {
			return true;
		}
	}

	return false;
}

// Iterating by code point also finds lone surrogates, which become U+FFFD.
function dropInvisible(text: string): string {
	let kept = '';

	for (const character of text) {
		const codePoint = character.codePointAt(0) ?? 0;

		if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
			kept += REPLACEMENT;
		} else if (!isInvisibleCodePoint(codePoint)) {
			kept += character;
		}
	}

	return kept;
}

function toText(value: unknown): string {
	if (value === null || value === undefined) {
		return '';
	}

	if (typeof value === 'string') {
		return value;
	}

	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
		return String(value);
	}

	if (typeof value === 'object') {
		return safeJson(value);
	}

	return '';
}

function safeJson(value: object): string {
	try {
		return JSON.stringify(value) ?? '';
	} catch {
		return '';
	}
}

// The common case (ids, versions, Chinese and emoji names) needs no regex work at all: one scan
// looks for anything this module would change. Surrogates take the slow path so that tag
// characters and lone halves are handled there.
function needsCleaning(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);

		if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
			return true;
		}

		if (code >= 0xad && isSuspectCodeUnit(code)) {
			return true;
		}
	}

	return false;
}

function isSuspectCodeUnit(code: number): boolean {
	return (
		(code >= 0xd800 && code <= 0xdfff) ||
		code === 0x2028 ||
		code === 0x2029 ||
		isInvisibleCodePoint(code)
	);
}
