// Turns what fetch throws (no HTTP answer at all, or an answer cut off) into one error of the
// family. Node's fetch wraps the real reason in `cause`, sometimes inside an AggregateError.
import {
	ConnectionError,
	type ModelArtsError,
	RequestTimeoutError,
	TlsError,
} from './clientErrors.js';
import type { RequestContext } from './requestContext.js';
import { textExcerpt } from './textExcerpt.js';

const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const tlsCodePattern = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/;

/** The first error code found along the cause chain (and inside AggregateErrors). */
export function failureCode(error: unknown, depth = 0): string | undefined {
	if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
	const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
	if (typeof record.code === 'string') return record.code;

	if (Array.isArray(record.errors)) {
		for (const inner of record.errors) {
			const code = failureCode(inner, depth + 1);
			if (code) return code;
		}
	}
	return failureCode(record.cause, depth + 1);
}

function innermostMessage(error: unknown): string {
	let current: unknown = error;
	for (let depth = 0; depth < 5; depth += 1) {
		const cause = (current as { cause?: unknown } | undefined)?.cause;
		if (!(cause instanceof Error)) break;
		current = cause;
	}
	return current instanceof Error ? current.message : String(current);
}

export function timeoutError(timeoutMs: number, context: RequestContext): RequestTimeoutError {
	const seconds = Math.round(timeoutMs / 100) / 10;
	return new RequestTimeoutError(
		`${context.host} did not answer within ${seconds} s (each try); ` +
			'check the network or raise --timeout',
	);
}

const proxyNote =
	' (through the proxy in HTTPS_PROXY/HTTP_PROXY: check it, or list the host in NO_PROXY)';

export function errorFromFailure(error: unknown, context: RequestContext): ModelArtsError {
	const code = failureCode(error);
	const host = context.isProxied ? `${context.host}${proxyNote}` : context.host;

	if (code && dnsCodes.has(code)) {
		return new ConnectionError(
			`cannot resolve ${host} (${code}); ` +
				'check the region or --endpoint, and DNS or the proxy settings',
			{ cause: error, isDnsFailure: true },
		);
	}
	if (code && tlsCodePattern.test(code)) {
		return new TlsError(
			`TLS with ${host} failed (${code}); ` +
				'if a proxy re-signs traffic, point NODE_EXTRA_CA_CERTS at its CA file',
			{ cause: error },
		);
	}
	if (code === 'ECONNREFUSED') {
		return new ConnectionError(
			`${host} refused the connection; check --endpoint and that the server is up`,
			{ cause: error },
		);
	}

	const reason = textExcerpt(innermostMessage(error), context.secrets, 80);
	const codeText = code ? `${code}: ` : '';
	return new ConnectionError(
		`the connection to ${host} failed (${codeText}${reason}); check the network and try again`,
		{ cause: error },
	);
}
