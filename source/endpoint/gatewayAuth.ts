// Authentication as the API gateway does it, in front of every route: a project-scoped token in
// X-Auth-Token, or an SDK-HMAC-SHA256 signature (with X-Security-Token for temporary keys).
// Failures are 401 with the gateway's body; nothing reaches the routes unauthenticated.
import type { MiddlewareHandler } from 'hono';
import {
	demoAccessKey,
	demoSecurityToken,
	demoTemporaryAccessKey,
	demoToken,
} from './demoCredentials.js';
import type { EndpointEnv } from './endpointEnv.js';
import { gatewayError } from './errorBodies.js';
import {
	clockSkewMs,
	isSignatureValid,
	maxClockSkewMs,
	parseAuthorization,
	type SignedRequest,
} from './signatureCheck.js';

const iamFailure = 'Incorrect IAM authentication information';

/** Why a request is refused, or undefined when it is authenticated. */
export function authenticationFailure(request: SignedRequest, gatewayNow: number) {
	const token = request.header('x-auth-token');
	if (token !== undefined) {
		return token === demoToken ? undefined : `${iamFailure}: decrypt token fail`;
	}

	const authorizationValue = request.header('authorization');
	if (!authorizationValue) return `${iamFailure}: Authorization or X-Auth-Token header missing`;
	const authorization = parseAuthorization(authorizationValue);
	if (!authorization) return `${iamFailure}: unsupported Authorization header format`;

	const sdkDate = request.header('x-sdk-date');
	if (!sdkDate || !authorization.signedHeaders.includes('x-sdk-date')) {
		return `${iamFailure}: x-sdk-date header is missing or not signed`;
	}
	const skew = clockSkewMs(sdkDate, gatewayNow);
	if (skew === undefined) return `${iamFailure}: x-sdk-date ${sdkDate} is not YYYYMMDDTHHMMSSZ`;
	if (skew > maxClockSkewMs) {
		const serverTime = new Date(gatewayNow).toISOString();
		const difference = `differs from server time ${serverTime} by more than 15 minutes`;
		return `${iamFailure}: request time ${sdkDate} ${difference}`;
	}

	return keyFailure(request, authorization.ak) ?? signatureFailure(request, authorization);
}

function keyFailure(request: SignedRequest, ak: string): string | undefined {
	if (ak === demoAccessKey.ak) return undefined;
	if (ak !== demoTemporaryAccessKey.ak) return `${iamFailure}: ak ${ak} not found`;

	const securityToken = request.header('x-security-token');
	if (securityToken !== demoSecurityToken) {
		return `${iamFailure}: security token is missing, invalid or expired`;
	}
	return undefined;
}

function signatureFailure(
	request: SignedRequest,
	authorization: NonNullable<ReturnType<typeof parseAuthorization>>,
): string | undefined {
	const sk = authorization.ak === demoAccessKey.ak ? demoAccessKey.sk : demoTemporaryAccessKey.sk;
	const isTokenSigned = authorization.signedHeaders.includes('x-security-token');
	if (authorization.ak === demoTemporaryAccessKey.ak && !isTokenSigned) {
		return `${iamFailure}: x-security-token must be signed`;
	}
	return isSignatureValid(request, authorization, sk)
		? undefined
		: `${iamFailure}: verify aksk signature fail`;
}

export function gatewayAuth(gatewayNow: () => number): MiddlewareHandler<EndpointEnv> {
	return async (c, next) => {
		const incoming = c.env.incoming;
		const request: SignedRequest = {
			method: c.req.method,
			pathAndQuery: incoming.url ?? '/',
			header: (name) => c.req.header(name),
			body: c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text(),
		};

		const failure = authenticationFailure(request, gatewayNow());
		if (failure) return gatewayError(c, 401, 'APIGW.0301', failure);
		await next();
	};
}
