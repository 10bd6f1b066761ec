// Faults on demand: a middleware in front of authentication that, for requests matching a rule
// (all, or one service's), delays, throttles, fails, damages, slows or cuts the response.
import type { Context, MiddlewareHandler } from 'hono';
import type { FaultRule } from './demoEndpoint.js';
import type { EndpointEnv } from './endpointEnv.js';
import {
	htmlErrorPage,
	hugeBody,
	invalidJson,
	throttleBody,
	trickle,
	truncated,
} from './faultBodies.js';
import type { Random } from './seededRandom.js';

export const defaultHugeBodyBytes = 32 * 1024 * 1024;

export interface FaultBook {
	rules(): FaultRule[];
	/** How many requests each rule has failed so far (reset when the rules are replaced). */
	used: Map<FaultRule, number>;
}

function serviceIdOf(path: string): string | undefined {
	return /^\/v1\/[^/]+\/services\/([^/?]+)/.exec(path)?.[1];
}

function pickRules(book: FaultBook, path: string, random: Random): FaultRule[] {
	const serviceId = serviceIdOf(path);
	const chosen = book.rules().filter((rule) => {
		const used = book.used.get(rule) ?? 0;
		if (rule.serviceId !== undefined && rule.serviceId !== serviceId) return false;
		if (rule.times !== undefined && used >= rule.times) return false;
		return random.next() < (rule.rate ?? 1);
	});
	for (const rule of chosen) book.used.set(rule, (book.used.get(rule) ?? 0) + 1);
	return chosen;
}

function rewrite(c: Context<EndpointEnv>, body: string | ReadableStream<Uint8Array>): void {
	const headers = new Headers(c.res.headers);
	headers.delete('content-length');
	c.res = new Response(body, { status: c.res.status, headers });
}

async function damage(c: Context<EndpointEnv>, rule: FaultRule): Promise<void> {
	const body = await c.res.text();
	if (rule.kind === 'truncated-json') rewrite(c, truncated(body));
	if (rule.kind === 'invalid-json') rewrite(c, invalidJson(body));
	if (rule.kind === 'trickle') rewrite(c, trickle(body, rule.value ?? 250));
	if (rule.kind === 'huge-body') rewrite(c, hugeBody(body, rule.value ?? defaultHugeBodyBytes));
}

export function faultInjector(book: FaultBook, random: Random): MiddlewareHandler<EndpointEnv> {
	return async (c, next) => {
		const rules = pickRules(book, c.req.path, random);
		const delay = rules.filter((each) => each.kind === 'latency');
		const failure = rules.find((each) => each.kind !== 'latency');
		const delayMs = delay.reduce((total, each) => total + (each.value ?? 1000), 0);
		if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));

		if (failure?.kind === 'reset') {
			// The socket dies before a byte of the response: the client sees ECONNRESET.
			c.env.incoming.socket.destroy();
			return c.body(null, 500);
		}
		if (failure?.kind === 'throttle') {
			c.header('Retry-After', String(failure.value ?? 1));
			return c.body(throttleBody(c.get('requestId')), 429, { 'Content-Type': 'application/json' });
		}
		if (failure?.kind === 'server-error') {
			const status = (failure.value ?? 500) as 500 | 502 | 503 | 504;
			return c.html(htmlErrorPage(status), status);
		}

		await next();
		if (failure) await damage(c, failure);
	};
}
