// The top line: where the user is connected and what they are looking at. The demo endpoint
// is named loudly so nobody mistakes its data for production.
import { Text } from 'ink';
import { displayWidth, truncateToWidth } from '../../terminal/displayWidth.js';
import { glyphs } from '../../terminal/glyphs.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import type { ConnectionLabel } from '../state/appState.js';
import { useTheme } from '../theme/theme.js';

export const demoMarker = 'DEMO';

/** The demo marker, as long as the width allows: it must never push the place off the line. */
export function demoMarkerText(width: number): string {
	return width >= 100 ? `${demoMarker}: built-in endpoint, sample data` : `${demoMarker} data`;
}

export interface HeaderProps {
	label?: ConnectionLabel;
	/** The breadcrumb of the open panes, e.g. ['service-demo', '2020-04-07 08:35:30']. */
	trail: string[];
	width: number;
}

export function headerPlace(label: ConnectionLabel | undefined): string {
	if (!label) return 'no profile chosen';
	if (label.fileName) return `file ${label.fileName}`;
	const parts = [label.isDemo ? 'demo' : label.profileName, label.region].filter(Boolean);
	return parts.join(' / ') || (label.endpoint ?? '');
}

export function Header({ label, trail, width }: HeaderProps) {
	const theme = useTheme();
	const demo = label?.isDemo ? ` ${demoMarkerText(width)} ` : '';
	const demoText = truncateToWidth(demo, Math.floor(width / 2));
	// Profile names, regions and file names are cleaned too: the header is the last guard.
	const place = `malog ${glyphs.separator} ${sanitizeText(headerPlace(label))}`;
	const crumbs = trail.map((part) => ` ${glyphs.separator} ${sanitizeText(part)}`).join('');
	const room = Math.max(0, width - displayWidth(demoText) - 1);
	const text = truncateToWidth(place + crumbs, room);
	const gap = ' '.repeat(Math.max(0, width - displayWidth(text) - displayWidth(demoText)));

	return (
		<Text wrap="truncate-end">
			<Text bold>{text}</Text>
			{gap}
			<Text inverse bold color={theme.colorOf('warn')}>
				{demoText}
			</Text>
		</Text>
	);
}
