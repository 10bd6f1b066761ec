import { createHash } from 'node:crypto';
import { percentDecode, percentEncode } from './percentEncode.js';
import { canonicalQueryString, parseQueryString } from './queryString.js';

export const emptyPayloadHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface CanonicalInput {
	method: string;
	/** Absolute URL as it is sent; its query must already be RFC 3986 encoded. */
	url: string;
	/** The headers to sign, host included; names in any case. */
	signedHeaders: Record<string, string>;
	body?: string | Uint8Array;
}

export function sha256Hex(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** Each path segment decoded, then encoded again, and always a trailing '/'. */
export function canonicalUri(pathname: string): string {
	const encoded = pathname
		.split('/')
		.map((segment) => percentEncode(percentDecode(segment)))
		.join('/');
	return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/**
 * Header names lower-cased and sorted; values trimmed (the gateway trims, the Node SDK does
 * not).
 */
export function canonicalHeaders(headers: Record<string, string>): {
	canonical: string;
	names: string;
} {
	const entries = Object.entries(headers)
		.map(([name, value]) => [name.toLowerCase(), value.trim()] as const)
		.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));

	return {
		canonical: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
		names: entries.map(([name]) => name).join(';'),
	};
}

function payloadHash(input: CanonicalInput): string {
	const declared = Object.entries(input.signedHeaders).find(
		([name]) => name.toLowerCase() === 'x-sdk-content-sha256',
	);
	if (declared) return declared[1];
	if (input.body === undefined || input.body.length === 0) return emptyPayloadHash;
	return sha256Hex(input.body);
}

export function buildCanonicalRequest(input: CanonicalInput): string {
	const url = new URL(input.url);
	const headers = canonicalHeaders(input.signedHeaders);

	return [
		input.method.toUpperCase(),
		canonicalUri(url.pathname),
		canonicalQueryString(parseQueryString(url.search)),
		headers.canonical,
		headers.names,
		payloadHash(input),
	].join('\n');
}
