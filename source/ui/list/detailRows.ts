// Label/value lines (a config, an update's fields) as list rows: labels in one column, long
// values wrapped onto continuation rows so nothing is hidden behind an ellipsis.
import type { DetailLine } from '../../presentation/configDetail.js';
import { displayWidth, padToWidth, truncateToWidth } from '../../terminal/displayWidth.js';
import type { ListRow } from './listRow.js';

const maxLabelWidth = 28;
const maxContinuationRows = 40;

/** The text cut into pieces of at most `width` columns each. */
export function wrapToWidth(text: string, width: number): string[] {
	const pieces: string[] = [];
	let rest = text;
	while (rest !== '' && pieces.length < maxContinuationRows) {
		const piece = truncateToWidth(rest, Math.max(1, width), '');
		if (piece === '') break;
		pieces.push(piece);
		rest = rest.slice(piece.length);
	}
	if (rest !== '' && pieces.length > 0) {
		const last = pieces.length - 1;
		pieces[last] = truncateToWidth(`${pieces[last]}${rest}`, width);
	}
	return pieces.length === 0 ? [''] : pieces;
}

export function detailRows(lines: readonly DetailLine[], width: number, keyPrefix = ''): ListRow[] {
	const longest = Math.max(0, ...lines.map((line) => displayWidth(line.label)));
	const labelWidth = Math.min(longest, maxLabelWidth, Math.floor(width / 3));
	const valueWidth = Math.max(1, width - labelWidth - 2);

	return lines.flatMap((line, index) =>
		wrapToWidth(line.value, valueWidth).map((piece, part) => ({
			key: `${keyPrefix}${index}.${part}`,
			segments: [
				{
					text: `${padToWidth(part === 0 ? line.label : '', labelWidth)}  `,
					tone: 'muted' as const,
				},
				{ text: piece },
			],
		})),
	);
}
