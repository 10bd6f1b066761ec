// How a request proves who sends it: an AK/SK signature (with a security token for temporary
// credentials) made immediately before each send, or an IAM token.
import { signRequest } from '../signing/index.js';
import type { AuthKind } from './requestContext.js';

export type ClientAuth =
	| { kind: 'aksk'; ak: string; sk: string }
	| { kind: 'temporary'; ak: string; sk: string; securityToken: string }
	| { kind: 'token'; token: string };

export function authKindOf(auth: ClientAuth): AuthKind {
	return auth.kind;
}

/** The values that must never appear in a message. */
export function secretsOf(auth: ClientAuth): string[] {
	if (auth.kind === 'token') return [auth.token];
	if (auth.kind === 'temporary') return [auth.sk, auth.securityToken];
	return [auth.sk];
}

/**
 * The headers for one attempt of a GET. X-Project-Id and X-Security-Token are added before
 * signing, so the signature covers them.
 */
export function authHeaders(
	method: string,
	url: string,
	auth: ClientAuth,
	projectId: string | undefined,
	now: Date = new Date(),
): Record<string, string> {
	if (auth.kind === 'token') return { 'X-Auth-Token': auth.token };

	const headers: Record<string, string> = {};
	if (projectId) headers['X-Project-Id'] = projectId;
	if (auth.kind === 'temporary') headers['X-Security-Token'] = auth.securityToken;
	return signRequest({ method, url, headers }, { ak: auth.ak, sk: auth.sk }, now);
}
