// Verifies an SDK-HMAC-SHA256 request the way the API gateway does: the signature is recomputed
// over the headers the client says it signed, with the client's own X-Sdk-Date, and the date
// must be within 15 minutes of the gateway's clock.
import { timingSafeEqual } from 'node:crypto';
import {
	buildCanonicalRequest,
	computeSignature,
	parseSdkDate,
	signingAlgorithm,
	stringToSign,
} from '../signing/index.js';

export const maxClockSkewMs = 15 * 60_000;

export interface SignedRequest {
	method: string;
	/** Path and query exactly as received. */
	pathAndQuery: string;
	header(name: string): string | undefined;
	body: string;
}

export interface AuthorizationHeader {
	ak: string;
	signedHeaders: string[];
	signature: string;
}

/** Parses the Authorization header; undefined when it is not SDK-HMAC-SHA256 or malformed. */
export function parseAuthorization(value: string): AuthorizationHeader | undefined {
	const prefix = `${signingAlgorithm} `;
	if (!value.startsWith(prefix)) return undefined;

	const fields = new Map<string, string>();
	for (const part of value.slice(prefix.length).split(',')) {
		const equals = part.indexOf('=');
		if (equals > 0) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
	}

	const ak = fields.get('Access');
	const names = fields.get('SignedHeaders');
	const signature = fields.get('Signature');
	if (!ak || !names || !signature) return undefined;
	return { ak, signedHeaders: names.split(';'), signature };
}

/** Milliseconds between X-Sdk-Date and the gateway clock; undefined when the date is malformed. */
export function clockSkewMs(sdkDate: string, gatewayNow: number): number | undefined {
	const date = parseSdkDate(sdkDate);
	return date ? Math.abs(date.getTime() - gatewayNow) : undefined;
}

export function isSignatureValid(
	request: SignedRequest,
	authorization: AuthorizationHeader,
	sk: string,
): boolean {
	const signedHeaders: Record<string, string> = {};
	for (const name of authorization.signedHeaders) {
		const value = request.header(name);
		if (value === undefined) return false;
		signedHeaders[name] = value;
	}

	const sdkDate = request.header('x-sdk-date') ?? '';
	// Only the path and query come from this URL; the host is whatever the Host header said.
	const canonical = buildCanonicalRequest({
		method: request.method,
		url: `http://gateway.invalid${request.pathAndQuery}`,
		signedHeaders,
		body: request.body,
	});
	const expected = Buffer.from(computeSignature(sk, stringToSign(sdkDate, canonical)));
	const given = Buffer.from(authorization.signature);
	return expected.length === given.length && timingSafeEqual(expected, given);
}
