// The nested panes as label/value lines: one config (table 4 with custom_spec from table 6),
// and the entry itself (table 3). Documented fields always show, '—' when absent; fields the
// documentation does not know follow, so nothing the API sent is hidden.

import type { ServiceLogConfig, UpdateLogEntry } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { booleanText, fieldText, isRecord, numberText } from './fieldText.js';
import { isEnvHidden, maskDeep } from './maskSecrets.js';
import { maskEnvValue } from './secretEnv.js';
import { formatTimestamp, type TimeZoneChoice } from './time.js';

export interface DetailLine {
	label: string;
	value: string;
}

export interface ConfigDetailOptions {
	revealSecrets: boolean;
	maskAllEnvs: boolean;
}

const CONFIG_FIELDS = [
	'model_id',
	'model_name',
	'model_version',
	'weight',
	'specification',
	'custom_spec',
	'instance_count',
	'scaling',
	'cluster_id',
	'envs',
];

const CUSTOM_SPEC_FIELDS = ['cpu', 'memory', 'gpu_p4', 'ascend_a310'];

export function configDetailLines(
	config: ServiceLogConfig,
	options: ConfigDetailOptions,
): DetailLine[] {
	const none = glyphs.none;
	const weight = numberText(config.weight);

	return [
		{ label: 'model_id', value: fieldText(config.model_id, none) },
		{ label: 'model_name', value: fieldText(config.model_name, none) },
		{ label: 'model_version', value: fieldText(config.model_version, none) },
		{ label: 'weight', value: weight === '' ? none : `${weight}%` },
		{ label: 'specification', value: fieldText(config.specification, none) },
		...customSpecLines(config.custom_spec),
		{ label: 'instance_count', value: numberText(config.instance_count, none) },
		{ label: 'scaling', value: booleanText(config.scaling, none) },
		{ label: 'cluster_id', value: fieldText(config.cluster_id, none) },
		...envLines(config.envs, options),
		...unknownFieldLines(config, CONFIG_FIELDS, options),
	];
}

function customSpecLines(customSpec: unknown): DetailLine[] {
	if (!isRecord(customSpec)) {
		return [{ label: 'custom_spec', value: numberText(customSpec, glyphs.none) }];
	}

	const lines = CUSTOM_SPEC_FIELDS.filter((field) => customSpec[field] !== undefined).map(
		(field) => ({
			label: `custom_spec.${field}`,
			value: numberText(customSpec[field], glyphs.none) + (field === 'memory' ? ' MB' : ''),
		}),
	);
	const unknown = unknownFieldLines(customSpec, CUSTOM_SPEC_FIELDS, {
		revealSecrets: false,
		maskAllEnvs: false,
	}).map((line) => ({ ...line, label: `custom_spec.${line.label}` }));
	const all = [...lines, ...unknown];

	return all.length === 0 ? [{ label: 'custom_spec', value: glyphs.none }] : all;
}

function envLines(envs: unknown, options: ConfigDetailOptions): DetailLine[] {
	if (envs === undefined || envs === null) {
		return [{ label: 'envs', value: glyphs.none }];
	}

	// Not a name/value map: nothing tells which parts are secret, so none of it is shown.
	if (!isRecord(envs)) {
		const isShown = options.revealSecrets && !options.maskAllEnvs;

		return [{ label: 'envs', value: isShown ? fieldText(envs) : maskEnvValue() }];
	}

	const names = Object.keys(envs);

	if (names.length === 0) {
		return [{ label: 'envs', value: glyphs.none }];
	}

	return names.map((name) => ({
		label: `envs.${sanitizeText(name)}`,
		value: isEnvHidden(name, envs[name], options) ? maskEnvValue() : sanitizeText(envs[name]),
	}));
}

/** Lines for fields the documentation does not list, with secret-looking ones masked. */
export function unknownFieldLines(
	record: Record<string, unknown>,
	knownFields: string[],
	options: ConfigDetailOptions,
): DetailLine[] {
	return Object.keys(record)
		.filter((field) => !knownFields.includes(field))
		.map((field) => {
			const masked = maskDeep({ [field]: record[field] }, options) as Record<string, unknown>;

			return { label: sanitizeText(field), value: fieldText(masked[field], glyphs.none) };
		});
}

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
