// The region list over the form, drawn by ink-select-input. The form's key handler moves the
// highlight (Ink subscribes SelectInput's own useInput an effect late, so keys right after the
// list opens, or typed fast, went missing or chose the row highlighted before), so SelectInput
// only draws: it is remounted at the highlighted row and `limit` keeps it to the rows there are.
import { Box, Text } from 'ink';
import SelectInput, { type IndicatorProps, type ItemProps } from 'ink-select-input';
import { truncateToWidth } from '../../terminal/displayWidth.js';
import { glyphs } from '../../terminal/glyphs.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { useTheme } from '../theme/theme.js';
import { FormHints } from './FormHints.js';
import type { ProfileForm } from './profileFormModel.js';
import { regionChoices } from './regionPicker.js';

const markerWidth = 2;

/** Rows of regions that fit: the title, the position line and the hints take three. */
export function regionListRows(height: number): number {
	return Math.max(1, height - 3);
}

export function RegionPickerView(props: { form: ProfileForm; width: number; height: number }) {
	const { form, width, height } = props;
	const theme = useTheme();
	const index = form.regionPicker?.index ?? 0;
	const rows = regionListRows(height);
	const labelWidth = Math.max(1, width - markerWidth);
	const items = regionChoices.map((choice) => ({
		key: choice.key,
		label: truncateToWidth(choice.label, labelWidth),
		value: choice.key,
	}));
	const current = sanitizeText(form.values.region.trim()) || 'empty';
	const position = `${index + 1}/${items.length} · the field now: ${current}`;

	return (
		<Box flexDirection="column" height={height} width={width}>
			<Text bold>{truncateToWidth('Choose a region', width)}</Text>
			<Box flexDirection="column" height={Math.min(rows, items.length)}>
				<SelectInput
					key={index}
					items={items}
					initialIndex={index}
					limit={rows}
					isFocused={false}
					indicatorComponent={Marker}
					itemComponent={Label}
				/>
			</Box>
			<Text color={theme.colorOf('muted')}>{truncateToWidth(position, width)}</Text>
			<Box flexGrow={1} />
			<FormHints form={form} width={width} />
		</Box>
	);
}

function Marker({ isSelected = false }: IndicatorProps) {
	return <Text>{`${isSelected ? glyphs.pointer : ' '} `}</Text>;
}

function Label({ isSelected = false, label }: ItemProps) {
	return (
		<Text inverse={isSelected} wrap="truncate-end">
			{label}
		</Text>
	);
}
