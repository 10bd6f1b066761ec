// What changed between an update and the one before it. Configs are paired by model_id, then
// by model_name; env values never appear in a diff, only which keys came, went or changed.

import type { ServiceLogConfig, UpdateLogEntry } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { deepLines, envDiffLines } from './diffLines.js';
import { asFiniteNumber, asRecords, fieldText } from './fieldText.js';
import { maskDeep } from './maskSecrets.js';

export interface DiffLine {
	kind: 'added' | 'removed' | 'changed' | 'same-note';
	/** Where the change is, e.g. 'model-a › weight'; for a note, the note itself. */
	path: string;
	before?: string;
	after?: string;
}

const MASK_OPTIONS = { maskAllEnvs: false, revealSecrets: false };

export function diffEntries(
	previous: UpdateLogEntry | undefined,
	current: UpdateLogEntry,
): DiffLine[] {
	if (previous === undefined) {
		return [note('first update in the history: nothing earlier to compare with')];
	}

	const lines = [
		...entryFieldLines(previous, current),
		...configLines(asRecords(previous.config), asRecords(current.config)),
	];

	return lines.length === 0 ? [note('no configuration changes since the previous update')] : lines;
}

/** The newest entry older than `current`, the one `d` compares against. */
export function previousEntry(
	entries: UpdateLogEntry[],
	current: UpdateLogEntry,
): UpdateLogEntry | undefined {
	const time = asFiniteNumber(current.update_time) ?? Number.NEGATIVE_INFINITY;
	let best: UpdateLogEntry | undefined;

	for (const entry of entries) {
		const entryTime = asFiniteNumber(entry.update_time);

		if (
			entryTime !== undefined &&
			entryTime < time &&
			entryTime > (asFiniteNumber(best?.update_time) ?? -Infinity)
		) {
			best = entry;
		}
	}

	return best;
}

function entryFieldLines(previous: UpdateLogEntry, current: UpdateLogEntry): DiffLine[] {
	const pick = (entry: UpdateLogEntry) =>
		maskDeep({ cluster_id: entry.cluster_id, extend_config: entry.extend_config }, MASK_OPTIONS);

	return deepLines('entry', pick(previous), pick(current));
}

function configLines(previous: ServiceLogConfig[], current: ServiceLogConfig[]): DiffLine[] {
	const unmatched = [...previous];
	const lines: DiffLine[] = [];

	for (const config of current) {
		const index = matchIndex(unmatched, config);
		const before = index === -1 ? undefined : unmatched.splice(index, 1)[0];

		lines.push(
			...(before === undefined ? [modelLine('added', config)] : pairLines(before, config)),
		);
	}

	return [...lines, ...unmatched.map((config) => modelLine('removed', config))];
}

function matchIndex(candidates: ServiceLogConfig[], config: ServiceLogConfig): number {
	const byId = candidates.findIndex(
		(candidate) => candidate.model_id !== undefined && candidate.model_id === config.model_id,
	);

	if (byId !== -1 || config.model_id !== undefined) {
		return byId !== -1
			? byId
			: candidates.findIndex((c) => c.model_id === undefined && sameName(c, config));
	}

	return candidates.findIndex((candidate) => sameName(candidate, config));
}

function sameName(a: ServiceLogConfig, b: ServiceLogConfig): boolean {
	return a.model_name !== undefined && a.model_name === b.model_name;
}

function modelLine(kind: 'added' | 'removed', config: ServiceLogConfig): DiffLine {
	const text = modelLabel(config) + versionSuffix(config);

	return kind === 'added'
		? { kind, path: 'model', after: text }
		: { kind, path: 'model', before: text };
}

function pairLines(before: ServiceLogConfig, after: ServiceLogConfig): DiffLine[] {
	const label = modelLabel(after);
	const strip = (config: ServiceLogConfig) =>
		maskDeep({ ...config, envs: undefined }, MASK_OPTIONS);

	return [
		...deepLines(label, strip(before), strip(after)),
		...envDiffLines(label, before.envs, after.envs),
	];
}

function modelLabel(config: ServiceLogConfig): string {
	return fieldText(config.model_name) || fieldText(config.model_id, glyphs.unknown);
}

function versionSuffix(config: ServiceLogConfig): string {
	const version = fieldText(config.model_version);

	return version === '' ? '' : `@${version}`;
}

function note(text: string): DiffLine {
	return { kind: 'same-note', path: text };
}
