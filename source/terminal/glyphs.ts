// Symbols drawn by the app, chosen once from the locale: a terminal that is not in a UTF-8
// locale gets plain ASCII, so meaning never hangs on a glyph it cannot draw.

export interface Glyphs {
	success: string;
	fail: string;
	running: string;
	unknown: string;
	statusOk: string;
	statusWarn: string;
	statusBad: string;
	statusBusy: string;
	statusMuted: string;
	ellipsis: string;
	mask: string;
	none: string;
	rangeDash: string;
	separator: string;
	arrowUp: string;
	arrowDown: string;
	arrowLeft: string;
	arrowRight: string;
	pointer: string;
	boxHorizontal: string;
	boxVertical: string;
	boxTopLeft: string;
	boxTopRight: string;
	boxBottomLeft: string;
	boxBottomRight: string;
}

export const unicodeGlyphs: Glyphs = {
	success: '✓',
	fail: '✗',
	running: '●',
	unknown: '?',
	statusOk: '●',
	statusWarn: '▲',
	statusBad: '✗',
	statusBusy: '◌',
	statusMuted: '○',
	ellipsis: '…',
	mask: '••••••',
	none: '—',
	rangeDash: '–',
	separator: '›',
	arrowUp: '↑',
	arrowDown: '↓',
	arrowLeft: '←',
	arrowRight: '→',
	pointer: '›',
	boxHorizontal: '─',
	boxVertical: '│',
	boxTopLeft: '┌',
	boxTopRight: '┐',
	boxBottomLeft: '└',
	boxBottomRight: '┘',
};

export const asciiGlyphs: Glyphs = {
	success: '+',
	fail: 'x',
	running: '~',
	unknown: '?',
	statusOk: '+',
	statusWarn: '!',
	statusBad: 'x',
	statusBusy: '~',
	statusMuted: '-',
	ellipsis: '~',
	mask: '******',
	none: '-',
	rangeDash: '-',
	separator: '>',
	arrowUp: '^',
	arrowDown: 'v',
	arrowLeft: '<',
	arrowRight: '>',
	pointer: '>',
	boxHorizontal: '-',
	boxVertical: '|',
	boxTopLeft: '+',
	boxTopRight: '+',
	boxBottomLeft: '+',
	boxBottomRight: '+',
};

/** POSIX precedence: LC_ALL, then LC_CTYPE, then LANG; the first one set decides. */
export function isUnicodeLocale(env: NodeJS.ProcessEnv = process.env): boolean {
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';

	return /utf-?8/i.test(locale);
}

export function glyphsFor(env: NodeJS.ProcessEnv = process.env): Glyphs {
	return isUnicodeLocale(env) ? unicodeGlyphs : asciiGlyphs;
}

export const glyphs: Glyphs = glyphsFor();
