// A pane's first line: its title and filters on the left, the position on the right. Titles
// carry names from the API, so everything is cleaned here once more as a last guard.
import { Text } from 'ink';
import { displayWidth, truncateToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { useTheme } from '../theme/theme.js';

export interface PaneTitleProps {
	title: string;
	/** Filters and toggles in force, shown after the title. */
	detail?: string;
	right?: string;
	width: number;
}

export function PaneTitle({ title, detail = '', right = '', width }: PaneTitleProps) {
	const theme = useTheme();
	const rightText = truncateToWidth(sanitizeText(right), Math.floor(width / 3));
	const room = Math.max(0, width - displayWidth(rightText) - 1);
	const titleText = truncateToWidth(sanitizeText(title), room);
	const detailText = truncateToWidth(
		detail ? `  ${sanitizeText(detail)}` : '',
		room - displayWidth(titleText),
	);
	const used = displayWidth(titleText) + displayWidth(detailText) + displayWidth(rightText);

	return (
		<Text wrap="truncate-end">
			<Text bold>{titleText}</Text>
			<Text color={theme.colorOf('accent')}>{detailText}</Text>
			{' '.repeat(Math.max(0, width - used))}
			{rightText}
		</Text>
	);
}
