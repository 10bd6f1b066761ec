// Signed GETs over ky with a bounded retry loop of our own: ky runs beforeRequest hooks once, so
// its retries would resend a stale signature; here every attempt is signed right before it goes.
import { setTimeout as sleep } from 'node:timers/promises';
import ky from 'ky';
import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { QueryParameters } from '../signing/index.js';
import { authHeaders, type ClientAuth, secretsOf } from './clientAuth.js';
import { ModelArtsError, ThrottledError } from './clientErrors.js';
import { errorFromFailure, timeoutError } from './errorFromFailure.js';
import { errorFromResponse } from './errorFromResponse.js';
import type { RequestOptions } from './modelArtsApi.js';
import type { RequestContext } from './requestContext.js';
import { buildRequestUrl } from './requestUrl.js';
import { parseJsonBody, readBodyText } from './responseBody.js';
import {
	defaultRetryPolicy,
	parseRetryAfter,
	type RetryPolicy,
	retryDelay,
} from './retryPolicy.js';

export const defaultTimeoutMs = 15_000;
export const defaultMaxBodyBytes = 64 * 1024 * 1024;
const maxErrorBodyBytes = 64 * 1024;

export interface TransportSettings {
	/** Base URL, e.g. https://modelarts.cn-north-4.myhuaweicloud.com */
	endpoint: string;
	auth: ClientAuth;
	/** Sent (and signed) as X-Project-Id when known. */
	projectId?: string;
	/** Named in error messages, e.g. "environment (HUAWEICLOUD_SDK_AK/SK)". */
	credentialSource: string;
	/** Per attempt, body included. */
	timeoutMs?: number;
	retry?: RetryPolicy;
	/** The proxy agent from HTTPS_PROXY/HTTP_PROXY/NO_PROXY, when those are set. */
	proxy?: Dispatcher;
	/** Larger successful bodies are refused rather than held in memory. */
	maxBodyBytes?: number;
	/** The signing clock (tests shift it to provoke clock-skew errors). */
	now?: () => Date;
}

export interface Transport {
	getJson<T>(
		segments: readonly string[],
		query: QueryParameters,
		schema: z.ZodType<T>,
		options?: RequestOptions,
	): Promise<T>;
}

function isAbort(error: unknown): boolean {
	return error instanceof Error && error.name === 'AbortError';
}

export function createTransport(settings: TransportSettings): Transport {
	const timeoutMs = settings.timeoutMs ?? defaultTimeoutMs;
	const policy = settings.retry ?? defaultRetryPolicy;
	const now = settings.now ?? (() => new Date());
	const maxBodyBytes = settings.maxBodyBytes ?? defaultMaxBodyBytes;

	function contextFor(url: string): RequestContext {
		const parsed = new URL(url);
		return {
			host: parsed.host,
			path: parsed.pathname,
			authKind: settings.auth.kind,
			credentialSource: settings.credentialSource,
			projectId: settings.projectId ?? '(none)',
			secrets: secretsOf(settings.auth),
			isProxied: settings.proxy !== undefined,
		};
	}

	async function attempt<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
		const context = contextFor(url);
		const timer = new AbortController();
		const timeout = setTimeout(() => timer.abort(), timeoutMs);
		const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;

		try {
			const response = await ky.get(url, {
				headers: {
					Accept: 'application/json',
					...authHeaders('GET', url, settings.auth, settings.projectId, now()),
				},
				retry: 0,
				timeout: false,
				throwHttpErrors: false,
				signal: combined,
				...(settings.proxy ? { dispatcher: settings.proxy } : {}),
			});
			const requestId = response.headers.get('x-request-id') ?? undefined;

			if (!response.ok) {
				const body = await readBodyText(response, maxErrorBodyBytes);
				const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
				throw errorFromResponse(
					{ status: response.status, bodyText: body.text, requestId, retryAfterMs },
					context,
				);
			}
			const body = await readBodyText(response, maxBodyBytes);
			return parseJsonBody(
				body,
				schema,
				{ ...context, status: response.status, requestId },
				maxBodyBytes,
			);
		} catch (error) {
			if (error instanceof ModelArtsError) throw error;
			if (timer.signal.aborted && !signal?.aborted) throw timeoutError(timeoutMs, context);
			if (signal?.aborted || isAbort(error)) throw error;
			throw errorFromFailure(error, context);
		} finally {
			clearTimeout(timeout);
		}
	}

	async function getJson<T>(
		segments: readonly string[],
		query: QueryParameters,
		schema: z.ZodType<T>,
		options: RequestOptions = {},
	): Promise<T> {
		const url = buildRequestUrl(settings.endpoint, segments, query);
		const started = Date.now();

		for (let attemptNumber = 1; ; attemptNumber += 1) {
			try {
				return await attempt(url, schema, options.signal);
			} catch (error) {
				if (!(error instanceof ModelArtsError) || !error.isRetryable) throw error;
				const retryAfterMs = error instanceof ThrottledError ? error.retryAfterMs : undefined;
				const delay = retryDelay(policy, attemptNumber, Date.now() - started, retryAfterMs);
				if (delay === undefined) throw error;
				await sleep(delay, undefined, { signal: options.signal });
			}
		}
	}

	return { getJson };
}
