// Draws only the rows that fit: a 10,000-entry history costs as much per frame as a 20-entry
// one. Every line is cut to the width here, never by Ink (which overshoots on wide characters),
// and the list always takes exactly `height` lines so nothing below it moves.
import { Box, Text } from 'ink';
import { displayWidth } from '../../terminal/displayWidth.js';
import { glyphs } from '../../terminal/glyphs.js';
import { useTheme } from '../theme/theme.js';
import { fitSegments, type ListRow, textRow } from './listRow.js';

export interface WindowedListProps {
	/** Only the rows in view: building rows the user cannot see is wasted work. */
	rows: readonly ListRow[];
	/** The selected row's place among `rows`, or undefined for a list that only scrolls. */
	selectedOffset?: number;
	height: number;
	width: number;
	emptyText?: string;
	/** Keys of rows to mark as new. */
	markedKeys?: ReadonlySet<string>;
}

const markerWidth = 2;

/** Columns left for a row's own text once the selection marker is drawn. */
export function rowTextWidth(width: number): number {
	return Math.max(1, width - markerWidth);
}

export function WindowedList(props: WindowedListProps) {
	const { rows, selectedOffset, height, width, emptyText, markedKeys } = props;
	const lines = rows
		.slice(0, height)
		.map((row, offset) => (
			<ListLine
				key={row.key}
				row={row}
				width={width}
				isSelected={offset === selectedOffset}
				isMarked={markedKeys?.has(row.key) ?? false}
			/>
		));

	if (rows.length === 0 && emptyText) {
		lines.push(<ListLine key="empty" row={textRow('empty', emptyText)} width={width} />);
	}
	for (let filler = lines.length; filler < height; filler++) {
		lines.push(<Text key={`filler-${filler}`}> </Text>);
	}

	return (
		<Box flexDirection="column" height={height}>
			{lines}
		</Box>
	);
}

interface ListLineProps {
	row: ListRow;
	width: number;
	isSelected?: boolean;
	isMarked?: boolean;
}

function ListLine({ row, width, isSelected = false, isMarked = false }: ListLineProps) {
	const theme = useTheme();
	const marker = isSelected ? glyphs.pointer : isMarked ? '*' : ' ';
	const segments = fitSegments(row.segments, rowTextWidth(width));
	const used = segments.reduce((total, segment) => total + displayWidth(segment.text), 0);
	const padding = ' '.repeat(Math.max(0, rowTextWidth(width) - used));

	return (
		<Text inverse={isSelected} wrap="truncate-end">
			<Text color={theme.colorOf(isMarked ? 'new' : undefined)}>{`${marker} `}</Text>
			{segments.map((segment, position) => (
				<Text
					// biome-ignore lint/suspicious/noArrayIndexKey: a row's pieces never reorder
					key={position}
					color={isSelected ? undefined : theme.colorOf(segment.tone)}
					bold={segment.isBold}
				>
					{segment.text}
				</Text>
			))}
			{padding}
		</Text>
	);
}
