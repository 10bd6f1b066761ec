import { percentDecode, percentEncode } from './percentEncode.js';

export type QueryValue = string | number | boolean;
export type QueryParameters = Record<string, QueryValue | QueryValue[] | undefined>;

/** One name=value pair of a query, decoded. */
export type QueryPair = [name: string, value: string];

function compareCodeUnits(left: string, right: string): number {
	if (left < right) return -1;
	return left > right ? 1 : 0;
}

/**
 * Flattens parameters into pairs, dropping undefined ones and stringifying numbers and
 * booleans.
 */
export function toQueryPairs(parameters: QueryParameters): QueryPair[] {
	const pairs: QueryPair[] = [];

	for (const [name, value] of Object.entries(parameters)) {
		if (value === undefined) continue;
		const values = Array.isArray(value) ? value : [value];
		for (const each of values) pairs.push([name, String(each)]);
	}

	return pairs;
}

/**
 * The canonical query string: names sorted by code unit, repeated names' values sorted too,
 * every name and value percent-encoded, and '=' kept for empty values.
 */
export function canonicalQueryString(pairs: QueryPair[]): string {
	const sorted = [...pairs].sort(
		([leftName, leftValue], [rightName, rightValue]) =>
			compareCodeUnits(leftName, rightName) || compareCodeUnits(leftValue, rightValue),
	);

	return sorted.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&');
}

/** Splits the raw query of a URL ("a=1&b=") into decoded pairs, without treating '+' as space. */
export function parseQueryString(rawQuery: string): QueryPair[] {
	const query = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
	if (query === '') return [];

	return query
		.split('&')
		.filter((part) => part !== '')
		.map((part) => {
			const equals = part.indexOf('=');
			if (equals === -1) return [percentDecode(part), ''];
			return [percentDecode(part.slice(0, equals)), percentDecode(part.slice(equals + 1))];
		});
}
