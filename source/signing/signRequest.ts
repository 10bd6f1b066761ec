import { createHmac } from 'node:crypto';
import { buildCanonicalRequest, canonicalHeaders, sha256Hex } from './canonicalRequest.js';

export const signingAlgorithm = 'SDK-HMAC-SHA256';

export interface AccessKeyPair {
	ak: string;
	sk: string;
}

export interface RequestToSign {
	method: string;
	url: string;
	/** Headers that will be sent and signed (X-Project-Id, X-Security-Token, content-type…). */
	headers: Record<string, string>;
	body?: string | Uint8Array;
}

/** YYYYMMDDTHHMMSSZ in UTC. */
export function formatSdkDate(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** Parses an X-Sdk-Date value; undefined when it is not of the documented form. */
export function parseSdkDate(value: string): Date | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
	const date = new Date(
		Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0),
	);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

export function stringToSign(sdkDate: string, canonicalRequest: string): string {
	return `${signingAlgorithm}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
}

export function computeSignature(sk: string, toSign: string): string {
	return createHmac('sha256', sk).update(toSign, 'utf8').digest('hex');
}

/**
 * Signs a request the way the API gateway verifies it. Returns the headers to send: the given
 * ones, X-Sdk-Date (kept when the caller set one) and Authorization. The host is signed from the
 * URL but not returned, because fetch sets it from the URL itself.
 */
export function signRequest(
	request: RequestToSign,
	key: AccessKeyPair,
	now: Date = new Date(),
): Record<string, string> {
	const headers = { ...request.headers };
	const dateName = Object.keys(headers).find((name) => name.toLowerCase() === 'x-sdk-date');
	const sdkDate = dateName ? (headers[dateName] as string) : formatSdkDate(now);
	if (!dateName) headers['X-Sdk-Date'] = sdkDate;

	const signed = { ...headers, host: new URL(request.url).host };
	const canonical = buildCanonicalRequest({
		method: request.method,
		url: request.url,
		signedHeaders: signed,
		body: request.body,
	});
	const signature = computeSignature(key.sk, stringToSign(sdkDate, canonical));
	const names = canonicalHeaders(signed).names;

	const signedPart = `SignedHeaders=${names}, Signature=${signature}`;
	headers.Authorization = `${signingAlgorithm} Access=${key.ak}, ${signedPart}`;
	return headers;
}
