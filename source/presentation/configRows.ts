// The configs pane: one row per model config of an entry, before one is opened in detail.

import type { ServiceLogConfig, UpdateLogEntry } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { asFiniteNumber, asRecords, fieldText, numberText } from './fieldText.js';
import { customSpecText } from './modelSummary.js';

export interface ConfigRow {
	key: string;
	config: ServiceLogConfig;
	model: string;
	version: string;
	weight: string;
	instances: string;
	specification: string;
	envCount: string;
}

/** The entry's configs that are objects; anything else the API put in the list is skipped. */
export function entryConfigs(entry: UpdateLogEntry): ServiceLogConfig[] {
	return asRecords<ServiceLogConfig>(entry.config);
}

export function configRows(entry: UpdateLogEntry): ConfigRow[] {
	return entryConfigs(entry).map((config, index) => {
		const weight = asFiniteNumber(config.weight);
		const custom = customSpecText(config.custom_spec);
		const spec = fieldText(config.specification);
		const envs = config.envs;

		return {
			key: `${index}`,
			config,
			model: fieldText(config.model_name) || fieldText(config.model_id, glyphs.unknown),
			version: fieldText(config.model_version, glyphs.none),
			weight: weight === undefined ? glyphs.none : `${numberText(weight)}%`,
			instances: numberText(config.instance_count, glyphs.none),
			specification: custom === '' ? spec || glyphs.none : `${spec || 'custom'}(${custom})`,
			envCount: envs !== null && typeof envs === 'object' ? `${Object.keys(envs).length}` : '0',
		};
	});
}
