// One-line summaries of an entry's configs for the update-log row.

import type { ServiceLogConfig } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { asFiniteNumber, asRecords, fieldText, isRecord, numberText } from './fieldText.js';
import { type ModelPart, modelPartText } from './fitModels.js';

/** 'name@version 80%, other@2.0 20%'; the weight is left out when the API gave none. */
export function modelsText(configs: unknown): string {
	return modelParts(configs).map(modelPartText).join(', ');
}

/** Each config's model as name, '@version' and ' 80%', for fitting the row to a width. */
export function modelParts(configs: unknown): ModelPart[] {
	return asRecords<ServiceLogConfig>(configs).map(modelPart);
}

function modelPart(config: ServiceLogConfig): ModelPart {
	const name = fieldText(config.model_name) || fieldText(config.model_id, glyphs.unknown);
	const version = fieldText(config.model_version);
	const weight = asFiniteNumber(config.weight);

	return {
		name,
		version: version === '' ? '' : `@${version}`,
		weight: weight === undefined ? '' : ` ${numberText(weight)}%`,
	};
}

/** Instance count per config: '2' for one model, '2+1' for two. */
export function instancesText(configs: unknown): string {
	const counts = asRecords<ServiceLogConfig>(configs).map((config) =>
		numberText(config.instance_count, glyphs.unknown),
	);

	return counts.length === 0 ? glyphs.none : counts.join('+');
}

/** Distinct specifications; a custom spec reads as 'custom(2 cpu, 4,096 MB)'. */
export function specificationText(configs: unknown): string {
	const specs = asRecords<ServiceLogConfig>(configs).map(specText);
	const distinct = [...new Set(specs.filter((spec) => spec !== ''))];

	return distinct.length === 0 ? glyphs.none : distinct.join(', ');
}

function specText(config: ServiceLogConfig): string {
	const spec = fieldText(config.specification);
	const custom = customSpecText(config.custom_spec);

	if (custom === '') {
		return spec;
	}

	return `${spec || 'custom'}(${custom})`;
}

export function customSpecText(customSpec: unknown): string {
	if (!isRecord(customSpec)) {
		return numberText(customSpec);
	}

	const parts: string[] = [];
	const { cpu, memory, gpu_p4, ascend_a310 } = customSpec;

	if (cpu !== undefined) parts.push(`${numberText(cpu)} cpu`);
	if (memory !== undefined) parts.push(`${numberText(memory)} MB`);
	if (gpu_p4 !== undefined) parts.push(`${numberText(gpu_p4)} gpu_p4`);
	if (ascend_a310 !== undefined) parts.push(`${numberText(ascend_a310)} ascend_a310`);

	return parts.join(', ');
}
