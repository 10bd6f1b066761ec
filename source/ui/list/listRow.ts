// A row as the windowed list draws it: pieces of text, each with an optional tone. The pieces
// are laid out by the presentation column helpers, so their widths add up to the row width.
import { displayWidth, padToWidth, truncateToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import type { Tone } from '../theme/theme.js';

export interface Segment {
	text: string;
	tone?: Tone;
	isBold?: boolean;
}

export interface ListRow {
	key: string;
	segments: Segment[];
}

/** A one-piece row. */
export function textRow(key: string, text: string, tone?: Tone): ListRow {
	return { key, segments: [{ text, tone }] };
}

/** The segments cleaned (a last guard: rows are built from API text) and cut so that together
 * they take at most `width` columns. */
export function fitSegments(segments: readonly Segment[], width: number): Segment[] {
	const fitted: Segment[] = [];
	let used = 0;
	for (const segment of segments) {
		const room = width - used;
		if (room <= 0) break;
		const text = truncateToWidth(sanitizeText(segment.text), room);
		fitted.push({ ...segment, text });
		used += displayWidth(text);
	}
	return fitted;
}

/** One line of plain text exactly `width` columns wide. */
export function fullWidth(text: string, width: number): string {
	return padToWidth(text, Math.max(0, width));
}
