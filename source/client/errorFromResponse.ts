// Turns an HTTP error status and its (already read) body into one error of the family, with a
// hint that fits the status, the ModelArts or gateway code, and how we authenticated.
import {
	AuthenticationError,
	type ModelArtsError,
	NotFoundError,
	RequestRejectedError,
	ServerError,
	ThrottledError,
} from './clientErrors.js';
import type { RequestContext } from './requestContext.js';
import { textExcerpt } from './textExcerpt.js';

export interface ErrorResponse {
	status: number;
	bodyText: string;
	requestId?: string;
	retryAfterMs?: number;
}

interface ErrorBody {
	code?: string;
	message?: string;
}

function stringField(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Accepts every error shape the reference lists: error_msg, error_message, errorMsg, error{}. */
export function parseErrorBody(bodyText: string): ErrorBody | undefined {
	let body: unknown;
	try {
		body = JSON.parse(bodyText);
	} catch {
		return undefined;
	}
	if (typeof body !== 'object' || body === null) return undefined;

	const record = body as Record<string, unknown>;
	const nested = (typeof record.error === 'object' && record.error) as Record<string, unknown>;
	const code =
		stringField(record.error_code) ?? stringField(record.errorCode) ?? stringField(nested?.code);
	const message =
		stringField(record.error_msg) ??
		stringField(record.error_message) ??
		stringField(record.errorMsg) ??
		stringField(nested?.message) ??
		stringField(record.message);
	return code || message ? { code, message } : undefined;
}

const clockWords = /time|date|skew|expire|clock/i;
const projectMismatchCodes = new Set(['ModelArts.0210', 'ModelArts.2786', 'ModelArts.0207']);

function authenticationHint(status: number, body: ErrorBody | undefined, context: RequestContext) {
	const source = context.credentialSource;
	if (body?.code && projectMismatchCodes.has(body.code)) {
		return (
			`project id ${context.projectId} does not belong to these credentials: ` +
			'fix --project-id or leave it out to ask IAM'
		);
	}
	if (context.authKind === 'token') {
		return (
			`the token from ${source} is missing, expired or lacks this project's scope: ` +
			'get a new one'
		);
	}
	if (status === 403) {
		return (
			`the credentials from ${source} may lack ModelArts permissions in this region ` +
			`or project ${context.projectId}: check the IAM policy and the project id`
		);
	}
	const clock = 'and that this machine’s clock is within 15 minutes of the real time';
	if (body?.message && clockWords.test(body.message)) {
		return (
			'check that this machine’s clock is within 15 minutes of the real time, ' +
			`and the AK/SK from ${source}`
		);
	}
	return `check the AK/SK from ${source} (a wrong or mistyped SK fails like this), ${clock}`;
}

function describeStatus(
	status: number,
	body: ErrorBody | undefined,
	text: string,
	context: RequestContext,
) {
	const code = body?.code ? ` ${body.code}` : '';
	const said = body?.message ?? text;
	const excerpt = said ? `: ${textExcerpt(said, context.secrets)}` : '';
	return `${status}${code}${excerpt}`;
}

export function errorFromResponse(
	response: ErrorResponse,
	context: RequestContext,
): ModelArtsError {
	const { status, requestId, retryAfterMs } = response;
	const body = parseErrorBody(response.bodyText);
	const described = describeStatus(status, body, response.bodyText, context);
	const details = { status, code: body?.code, requestId, retryAfterMs };
	const target = `${context.host}${context.path}`;

	if (status === 401 || status === 403) {
		const hint = authenticationHint(status, body, context);
		return new AuthenticationError(
			`ModelArts refused the request (${described}); ${hint}`,
			details,
		);
	}
	if (status === 404 && body?.code === 'ModelArts.3502') {
		return new NotFoundError(
			`the service does not exist any more (${described}); ` +
				'run `malog services` to see what is there',
			details,
		);
	}
	if (status === 404) {
		return new NotFoundError(
			`nothing at ${target} (${described}); check the endpoint, region and project id`,
			details,
		);
	}
	if (status === 429) {
		const wait = retryAfterMs === undefined ? 'a little' : `${Math.ceil(retryAfterMs / 1000)} s`;
		return new ThrottledError(
			`ModelArts is throttling requests (${described}); wait ${wait} and try again`,
			details,
		);
	}
	if (status >= 500) {
		return new ServerError(
			`${context.host} failed to answer (${described}); ` +
				'the service is having trouble, try again later',
			details,
		);
	}
	return new RequestRejectedError(`ModelArts rejected the request (${described})`, details);
}
