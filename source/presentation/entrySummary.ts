// The entry pane's summary as label/value lines: every field of table 3, extend_config as
// indented JSON, then any field the documentation does not list.

import type { UpdateLogEntry } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { fieldText, numberText } from './fieldText.js';
import { maskDeep } from './maskSecrets.js';
import { formatTimestamp, type TimeZoneChoice } from './time.js';
import { type DetailLine, unknownFieldLines } from './unknownFields.js';

export const ENTRY_FIELDS = [
	'update_time',
	'result',
	'config',
	'success_num',
	'failed_num',
	'result_detail',
	'cluster_id',
	'extend_config',
];

/** The entry level: table 3, with extend_config as indented JSON, one line per JSON line. */
export function entrySummaryLines(
	entry: UpdateLogEntry,
	options: { zone?: TimeZoneChoice; revealSecrets?: boolean; maskAllEnvs?: boolean } = {},
): DetailLine[] {
	const zone = options.zone ?? 'local';
	const maskOptions = {
		revealSecrets: options.revealSecrets ?? false,
		maskAllEnvs: options.maskAllEnvs ?? false,
	};

	return [
		{
			label: 'update_time',
			value: `${formatTimestamp(entry.update_time, zone)} ${zone === 'utc' ? 'UTC' : ''}`.trim(),
		},
		{ label: 'result', value: fieldText(entry.result, glyphs.none) },
		{ label: 'config', value: countText(entry.config, 'model') },
		{ label: 'cluster_id', value: fieldText(entry.cluster_id, glyphs.none) },
		{ label: 'success_num', value: numberText(entry.success_num, glyphs.none) },
		{ label: 'failed_num', value: numberText(entry.failed_num, glyphs.none) },
		{ label: 'result_detail', value: countText(entry.result_detail, 'node') },
		...jsonLines('extend_config', maskDeep(entry.extend_config, maskOptions)),
		...unknownFieldLines(entry, ENTRY_FIELDS, maskOptions),
	];
}

function countText(value: unknown, noun: string): string {
	if (value === undefined || value === null) {
		return glyphs.none;
	}

	if (!Array.isArray(value)) {
		return fieldText(value, glyphs.none);
	}

	return `${value.length} ${noun}${value.length === 1 ? '' : 's'}`;
}

/** Pretty JSON split into lines: the first carries the label, the rest an empty one. */
export function jsonLines(label: string, value: unknown): DetailLine[] {
	if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
		return [{ label, value: value === undefined ? glyphs.none : JSON.stringify(value) }];
	}

	const text = JSON.stringify(value, null, 2) ?? '';

	return text.split('\n').map((line, index) => ({
		label: index === 0 ? label : '',
		value: sanitizeText(line),
	}));
}
