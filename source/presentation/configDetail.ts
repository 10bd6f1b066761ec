// The config pane as label/value lines: one config (table 4, with custom_spec from table 6).
// Documented fields always show, '—' when absent; unknown fields follow. The entry level
// (table 3) is in entrySummary.ts and re-exported here.

import type { ServiceLogConfig } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { booleanText, fieldText, isRecord, numberText } from './fieldText.js';
import { isEnvHidden } from './maskSecrets.js';
import { maskEnvValue } from './secretEnv.js';
import type { DetailLine } from './unknownFields.js';
import { unknownFieldLines } from './unknownFields.js';

export type { DetailLine };

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

export { entrySummaryLines } from './entrySummary.js';
