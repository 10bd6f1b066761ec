import { Text } from 'ink';
import { truncateToWidth } from '../../terminal/displayWidth.js';
import { minimumSize, type TerminalSize } from './useTerminalSize.js';

export const tooSmallText = `terminal too small (need ${minimumSize.columns}x${minimumSize.rows})`;

export function TooSmall({ size }: { size: TerminalSize }) {
	const line = `${tooSmallText}, now ${size.columns}x${size.rows}; q quits`;
	return <Text>{truncateToWidth(line, Math.max(1, size.columns - 1))}</Text>;
}
