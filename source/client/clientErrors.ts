// The one error family of the ModelArts client. Every failure the client reports is one of these,
// with a one-line message that says what went wrong and what to do, and never a secret.

export type ModelArtsErrorKind =
	| 'authentication'
	| 'not-found'
	| 'throttled'
	| 'server'
	| 'rejected'
	| 'bad-response'
	| 'timeout'
	| 'connection'
	| 'tls';

export interface ModelArtsErrorDetails {
	status?: number;
	/** The ModelArts or API gateway code, e.g. ModelArts.3502 or APIG.0301. */
	code?: string;
	requestId?: string;
	/** Milliseconds the server asked us to wait (429 Retry-After). */
	retryAfterMs?: number;
	cause?: unknown;
}

function withRequestId(message: string, requestId: string | undefined): string {
	return requestId ? `${message} (request id ${requestId})` : message;
}

export abstract class ModelArtsError extends Error {
	abstract readonly kind: ModelArtsErrorKind;
	readonly status: number | undefined;
	readonly code: string | undefined;
	readonly requestId: string | undefined;

	constructor(message: string, details: ModelArtsErrorDetails = {}) {
		super(withRequestId(message, details.requestId), { cause: details.cause });
		this.status = details.status;
		this.code = details.code;
		this.requestId = details.requestId;
	}

	/** Whether sending the same GET again may succeed. */
	get isRetryable(): boolean {
		return false;
	}
}

/** 401 or 403: the credentials, the clock or the project id are not accepted. */
export class AuthenticationError extends ModelArtsError {
	override name = 'AuthenticationError';
	readonly kind = 'authentication';
}

/** 404; ModelArts.3502 means the service is gone. */
export class NotFoundError extends ModelArtsError {
	override name = 'NotFoundError';
	readonly kind = 'not-found';
}

/** 429: too many requests; retryAfterMs says how long the server asked us to wait. */
export class ThrottledError extends ModelArtsError {
	override name = 'ThrottledError';
	readonly kind = 'throttled';
	readonly retryAfterMs: number | undefined;

	constructor(message: string, details: ModelArtsErrorDetails = {}) {
		super(message, details);
		this.retryAfterMs = details.retryAfterMs;
	}

	override get isRetryable(): boolean {
		return true;
	}
}

/** 5xx from ModelArts or a gateway in front of it. */
export class ServerError extends ModelArtsError {
	override name = 'ServerError';
	readonly kind = 'server';

	override get isRetryable(): boolean {
		return this.status !== 501;
	}
}

/** Any other 4xx: the request itself was refused (bad parameter, conflict…). */
export class RequestRejectedError extends ModelArtsError {
	override name = 'RequestRejectedError';
	readonly kind = 'rejected';

	override get isRetryable(): boolean {
		return this.status === 408;
	}
}

/** A 2xx body that is not JSON, is cut short, or does not have the documented shape. */
export class UnexpectedResponseError extends ModelArtsError {
	override name = 'UnexpectedResponseError';
	readonly kind = 'bad-response';
	/** The field that did not match, e.g. logs[2].update_time (absent for non-JSON bodies). */
	readonly field: string | undefined;

	constructor(message: string, details: ModelArtsErrorDetails & { field?: string } = {}) {
		super(message, details);
		this.field = details.field;
	}
}

/** No complete answer within the timeout. */
export class RequestTimeoutError extends ModelArtsError {
	override name = 'RequestTimeoutError';
	readonly kind = 'timeout';

	override get isRetryable(): boolean {
		return true;
	}
}

/** DNS failure, refused or reset connection: the host could not be talked to. */
export class ConnectionError extends ModelArtsError {
	override name = 'ConnectionError';
	readonly kind = 'connection';
	/** Name resolution failures will not heal by retrying within a second. */
	readonly isDnsFailure: boolean;

	constructor(message: string, details: ModelArtsErrorDetails & { isDnsFailure?: boolean } = {}) {
		super(message, details);
		this.isDnsFailure = details.isDnsFailure ?? false;
	}

	override get isRetryable(): boolean {
		return !this.isDnsFailure;
	}
}

/** The TLS handshake failed: certificate not trusted, expired, or for another host. */
export class TlsError extends ModelArtsError {
	override name = 'TlsError';
	readonly kind = 'tls';
}
