// Column arithmetic for text on a terminal. CJK and most emoji take two columns. Ink 6 truncates
// by code units and overshoots by a column on wide characters, so rows are cut here instead and
// every cut lands at or inside the requested width.

import stringWidth from 'string-width';
import { glyphs } from './glyphs.js';

const segmenter = new Intl.Segmenter();

/** Columns the text takes on a terminal. Expects sanitized, one-line text. */
export function displayWidth(text: string): number {
	return isPrintableAscii(text) ? text.length : stringWidth(text);
}

/** Cut text to at most `width` columns, ending in the ellipsis when anything was cut. */
export function truncateToWidth(text: string, width: number, ellipsis = glyphs.ellipsis): string {
	const limit = Math.max(0, Math.floor(width));

	if (displayWidth(text) <= limit) {
		return text;
	}

	const ellipsisWidth = displayWidth(ellipsis);

	if (ellipsisWidth > limit) {
		return takeColumns(text, limit);
	}

	return takeColumns(text, limit - ellipsisWidth) + ellipsis;
}

/** Truncate, then pad with spaces to exactly `width` columns. */
export function padToWidth(text: string, width: number, ellipsis = glyphs.ellipsis): string {
	const limit = Math.max(0, Math.floor(width));
	const cut = truncateToWidth(text, limit, ellipsis);

	return cut + ' '.repeat(limit - displayWidth(cut));
}

/** Pad on the left, for numbers and counts. */
export function padStartToWidth(text: string, width: number, ellipsis = glyphs.ellipsis): string {
	const limit = Math.max(0, Math.floor(width));
	const cut = truncateToWidth(text, limit, ellipsis);

	return ' '.repeat(limit - displayWidth(cut)) + cut;
}

// Whole grapheme clusters only: a wide character that would straddle the limit is left out.
function takeColumns(text: string, columns: number): string {
	if (isPrintableAscii(text)) {
		return text.slice(0, columns);
	}

	let taken = '';
	let used = 0;

	for (const { segment } of segmenter.segment(text)) {
		const segmentWidth = stringWidth(segment);

		if (used + segmentWidth > columns) {
			break;
		}

		taken += segment;
		used += segmentWidth;
	}

	return taken;
}

function isPrintableAscii(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);

		if (code < 0x20 || code > 0x7e) {
			return false;
		}
	}

	return true;
}
