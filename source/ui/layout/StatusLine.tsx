// The last line of every pane: what just happened (or failed) on the left, the state of the
// data on the right. Messages from the API are cleaned before they get here.
import { Text } from 'ink';
import { displayWidth, truncateToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { type Tone, useTheme } from '../theme/theme.js';

export interface StatusLineProps {
	left?: string;
	leftTone?: Tone;
	right?: string;
	width: number;
}

export function StatusLine({ left = '', leftTone, right = '', width }: StatusLineProps) {
	const theme = useTheme();
	const rightText = truncateToWidth(sanitizeText(right), Math.floor(width / 2));
	const room = Math.max(0, width - displayWidth(rightText) - (rightText ? 1 : 0));
	const leftText = truncateToWidth(sanitizeText(left), room);
	const gap = ' '.repeat(Math.max(0, width - displayWidth(leftText) - displayWidth(rightText)));

	return (
		<Text wrap="truncate-end">
			<Text color={theme.colorOf(leftTone)}>{leftText}</Text>
			{gap}
			<Text color={theme.colorOf('muted')}>{rightText}</Text>
		</Text>
	);
}
