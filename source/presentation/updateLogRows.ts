// The update log as rows: newest first, every field already cleaned and formatted.

import type { UpdateLogEntry, UpdateResult } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { asFiniteNumber, asRecords, fieldText } from './fieldText.js';
import type { ModelPart } from './fitModels.js';
import { instancesText, modelParts, modelsText, specificationText } from './modelSummary.js';
import { hasNodeResults, nodeCountsText } from './nodeResults.js';
import { resultLook } from './resultTone.js';
import type { Tone } from './serviceRows.js';
import { formatAge, formatTimestamp, type TimeZoneChoice } from './time.js';

export interface UpdateLogRow {
	/** String of update_time; '#2', '#3'… appended when several entries share one time. */
	key: string;
	entry: UpdateLogEntry;
	time: string;
	age: string;
	result: string;
	resultSymbol: string;
	resultTone: Tone;
	models: string;
	/** The models one by one, so the list can shorten names before versions. */
	modelParts?: ModelPart[];
	instances: string;
	specification: string;
	/** Succeeded and failed node counts, for edge services only. */
	nodes?: string;
	/** Lower-case text the `/` filter searches. */
	searchText: string;
}

export interface UpdateLogRowOptions {
	nowMs: number;
	zone: TimeZoneChoice;
	inferType?: string;
}

/** Newest first: the API does not document its order. Entries that are not objects are dropped. */
export function toUpdateLogRows(logs: unknown, options: UpdateLogRowOptions): UpdateLogRow[] {
	const entries = asRecords<UpdateLogEntry>(logs);
	const sorted = [...entries].sort(newestFirst);
	const seenKeys = new Map<string, number>();

	return sorted.map((entry) => {
		const row = toUpdateLogRow(entry, options);
		const seen = (seenKeys.get(row.key) ?? 0) + 1;

		seenKeys.set(row.key, seen);

		return seen === 1 ? row : { ...row, key: `${row.key}#${seen}` };
	});
}

export function toUpdateLogRow(entry: UpdateLogEntry, options: UpdateLogRowOptions): UpdateLogRow {
	const look = resultLook(entry.result);
	const isEdge = options.inferType === 'edge' || hasNodeResults(entry);
	const models = modelsText(entry.config) || glyphs.none;
	const row: UpdateLogRow = {
		key: String(asFiniteNumber(entry.update_time) ?? fieldText(entry.update_time, '?')),
		entry,
		time: formatTimestamp(entry.update_time, options.zone),
		age: formatAge(entry.update_time, options.nowMs),
		...look,
		models,
		modelParts: modelParts(entry.config),
		instances: instancesText(entry.config),
		specification: specificationText(entry.config),
		searchText: '',
	};

	if (isEdge) {
		row.nodes = nodeCountsText(entry);
	}

	row.searchText = searchTextOf(row, entry);

	return row;
}

export interface UpdateLogFilter {
	text?: string;
	result?: UpdateResult;
}

/** Case-insensitive substring on every shown column plus model ids and cluster ids. */
export function filterUpdateLogRows(rows: UpdateLogRow[], filter: UpdateLogFilter): UpdateLogRow[] {
	const text = fieldText(filter.text).toLowerCase();

	if (text === '' && filter.result === undefined) {
		return rows;
	}

	return rows.filter(
		(row) =>
			(filter.result === undefined || row.result === filter.result) &&
			(text === '' || row.searchText.includes(text)),
	);
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** '21–40 of 2,137' with 1-based positions. */
export function positionText(first: number, last: number, total: number): string {
	if (total <= 0) {
		return '0 of 0';
	}

	const count = (value: number) => COUNT_FORMAT.format(value);

	return `${count(first)}${glyphs.rangeDash}${count(last)} of ${count(total)}`;
}

// Entries without a usable time sink to the bottom, in API order.
function newestFirst(a: UpdateLogEntry, b: UpdateLogEntry): number {
	const timeA = asFiniteNumber(a.update_time) ?? Number.NEGATIVE_INFINITY;
	const timeB = asFiniteNumber(b.update_time) ?? Number.NEGATIVE_INFINITY;

	return timeA === timeB ? 0 : timeA < timeB ? 1 : -1;
}

function searchTextOf(row: UpdateLogRow, entry: UpdateLogEntry): string {
	const configs = asRecords<Record<string, unknown>>(entry.config);
	const ids = configs.flatMap((config) => [
		fieldText(config.model_id),
		fieldText(config.cluster_id),
	]);
	const parts = [row.time, row.result, row.models, row.instances, row.specification, row.nodes];

	return [...parts, fieldText(entry.cluster_id), ...ids].join(' ').toLowerCase();
}
