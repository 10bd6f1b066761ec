// Fitting the update log's MODELS and SPEC cells to a column width. The version is what an SRE
// checks, so model names give way first; '@version' and the weight stay whenever they fit.

import { displayWidth, truncateToWidth } from '../terminal/displayWidth.js';
import { glyphs } from '../terminal/glyphs.js';

/** One model of a row: its name and what follows it ('@1.2.0', ' 80%'), both cleaned. */
export interface ModelPart {
	name: string;
	/** '@version', empty when the API gave none. */
	version: string;
	/** ' 80%', empty when the API gave none. */
	weight: string;
}

const SEPARATOR = ', ';

export function modelPartText(part: ModelPart): string {
	return part.name + part.version + part.weight;
}

/**
 * The models as one cell of at most `width` columns: the full text when it fits; else every name
 * shortened (sharing the room) behind its '@version weight%'; else the weights dropped too; else
 * plain truncation of the full text.
 */
export function fitModelsText(models: readonly ModelPart[], width: number): string {
	const limit = Math.max(0, Math.floor(width));
	const full = models.map(modelPartText).join(SEPARATOR);

	if (displayWidth(full) <= limit || models.length === 0) {
		return truncateToWidth(full, limit);
	}

	// A lone model takes all the traffic: its ' 100%' says nothing and gives way before its name.
	const [only] = models;
	if (models.length === 1 && only && only.weight.trim() === '100%') {
		return fitModelsText([{ ...only, weight: '' }], limit);
	}

	const withWeights = fitNames(
		models.map((part) => ({ name: part.name, tail: part.version + part.weight })),
		limit,
	);
	if (withWeights !== undefined) return withWeights;

	if (models.some((part) => part.weight !== '')) {
		const versionsOnly = fitNames(
			models.map((part) => ({ name: part.name, tail: part.version })),
			limit,
		);
		if (versionsOnly !== undefined) return versionsOnly;
	}

	return truncateToWidth(full, limit);
}

interface NamedTail {
	name: string;
	tail: string;
}

// Names share what the tails and separators leave; a name shorter than its share keeps it whole
// and hands the rest on. Undefined when a cut name would not even keep its ellipsis.
function fitNames(parts: readonly NamedTail[], limit: number): string | undefined {
	const fixed =
		parts.reduce((sum, part) => sum + displayWidth(part.tail), 0) +
		SEPARATOR.length * (parts.length - 1);
	let room = limit - fixed;
	const slots = parts.map((part) => ({ part, width: displayWidth(part.name), budget: 0 }));
	const ellipsisWidth = displayWidth(glyphs.ellipsis);

	[...slots]
		.sort((a, b) => a.width - b.width)
		.forEach((slot, position, order) => {
			const share = Math.floor(room / (order.length - position));
			slot.budget = Math.min(slot.width, Math.max(0, share));
			room -= slot.budget;
		});

	if (slots.some((slot) => slot.budget < slot.width && slot.budget < ellipsisWidth)) {
		return undefined;
	}

	const text = slots
		.map((slot) => truncateToWidth(slot.part.name, slot.budget) + slot.part.tail)
		.join(SEPARATOR);

	return displayWidth(text) <= limit ? text : undefined;
}

const SPEC_PREFIX = /(^|, |\()modelarts\./g;

/** The specification cell: the common 'modelarts.' prefix goes only when the text does not fit. */
export function fitSpecText(text: string, width: number): string {
	const limit = Math.max(0, Math.floor(width));

	if (displayWidth(text) <= limit) return text;

	return truncateToWidth(text.replace(SPEC_PREFIX, '$1'), limit);
}
