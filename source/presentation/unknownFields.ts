// Fields the documentation does not list are shown too, so nothing the API sent is hidden;
// their names can be anything, so secret-looking ones are masked like envs.

import { glyphs } from '../terminal/glyphs.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { fieldText } from './fieldText.js';
import { maskDeep } from './maskSecrets.js';

export interface DetailLine {
	label: string;
	value: string;
}

/** Lines for fields the documentation does not list, with secret-looking ones masked. */
export function unknownFieldLines(
	record: Record<string, unknown>,
	knownFields: string[],
	options: { revealSecrets: boolean; maskAllEnvs: boolean },
): DetailLine[] {
	return Object.keys(record)
		.filter((field) => !knownFields.includes(field))
		.map((field) => {
			const masked = maskDeep({ [field]: record[field] }, options) as Record<string, unknown>;

			return { label: sanitizeText(field), value: fieldText(masked[field], glyphs.none) };
		});
}
