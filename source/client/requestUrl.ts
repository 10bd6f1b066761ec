// Request URLs are built by hand, not with ky's searchParams: URLSearchParams writes a space as
// '+', which the API gateway's RFC 3986 signature check does not read as a space.
import { percentEncode, type QueryParameters, toQueryPairs } from '../signing/index.js';

/** The endpoint's origin plus any base path, without a trailing slash. */
export function normaliseEndpoint(endpoint: string): string {
	return endpoint.replace(/\/+$/, '');
}

/** Joins path segments, each percent-encoded, under the endpoint, and appends the query. */
export function buildRequestUrl(
	endpoint: string,
	segments: readonly string[],
	query: QueryParameters = {},
): string {
	const path = segments.map((segment) => percentEncode(segment)).join('/');
	const queryString = toQueryPairs(query)
		.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
		.join('&');
	const url = `${normaliseEndpoint(endpoint)}/${path}`;
	return queryString === '' ? url : `${url}?${queryString}`;
}
