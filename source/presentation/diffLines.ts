// Diff lines below the model level: a deep comparison of two plain objects (microdiff), and
// env keys compared without ever showing a value.

import diff from 'microdiff';
import { glyphs } from '../terminal/glyphs.js';
import { sanitizeText } from '../terminal/sanitize.js';
import type { DiffLine } from './entryDiff.js';
import { fieldText, isRecord } from './fieldText.js';
import { maskEnvValue } from './secretEnv.js';

export function envDiffLines(label: string, before: unknown, after: unknown): DiffLine[] {
	const oldEnvs = isRecord(before) ? before : {};
	const newEnvs = isRecord(after) ? after : {};
	const lines: DiffLine[] = [];
	const mask = maskEnvValue();

	for (const name of Object.keys(newEnvs)) {
		const path = `${label} ${glyphs.separator} envs.${sanitizeText(name)}`;

		if (!(name in oldEnvs)) {
			lines.push({ kind: 'added', path, after: mask });
		} else if (oldEnvs[name] !== newEnvs[name]) {
			lines.push({ kind: 'changed', path, before: mask, after: mask });
		}
	}

	for (const name of Object.keys(oldEnvs).filter((name) => !(name in newEnvs))) {
		lines.push({
			kind: 'removed',
			path: `${label} ${glyphs.separator} envs.${sanitizeText(name)}`,
			before: mask,
		});
	}

	return lines;
}

export function deepLines(label: string, before: unknown, after: unknown): DiffLine[] {
	return diff(asDiffable(before), asDiffable(after)).flatMap((change): DiffLine[] => {
		const prefix = change.path.map((part) => sanitizeText(part)).join('.');

		if (change.type === 'CHANGE') {
			const path = `${label} ${glyphs.separator} ${prefix}`;

			return [
				{
					kind: 'changed',
					path,
					before: valueText(change.oldValue),
					after: valueText(change.value),
				},
			];
		}

		const isCreate = change.type === 'CREATE';

		return leaves(prefix, isCreate ? change.value : change.oldValue).map(([path, value]) => {
			const where = `${label} ${glyphs.separator} ${path}`;

			return isCreate
				? { kind: 'added' as const, path: where, after: valueText(value) }
				: { kind: 'removed' as const, path: where, before: valueText(value) };
		});
	});
}

// A whole object added or removed reads better as its fields, one line each.
function leaves(path: string, value: unknown, depth = 0): [string, unknown][] {
	const isNested = (isRecord(value) || Array.isArray(value)) && depth < 8;
	const entries = isNested ? Object.entries(value as object) : [];

	if (entries.length === 0) {
		return [[path, value]];
	}

	return entries.flatMap(([key, field]) =>
		leaves(`${path}.${sanitizeText(key)}`, field, depth + 1),
	);
}

function asDiffable(value: unknown): Record<string, unknown> {
	return isRecord(value) ? value : {};
}

function valueText(value: unknown): string {
	return value === undefined ? glyphs.none : fieldText(value, '""');
}
