// Starts the built-in ModelArts-compatible endpoint on a loopback port (by default) and
// returns how to reach it. Everything it serves is in the catalog of the seed.

import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { createCatalog } from './demoCatalog.js';
import {
	demoAccessKey,
	demoProjectId,
	demoRegion,
	demoSecurityToken,
	demoTemporaryAccessKey,
	demoToken,
} from './demoCredentials.js';
import type { DemoEndpoint, DemoEndpointOptions, FaultRule } from './demoEndpoint.js';
import type { EndpointEnv } from './endpointEnv.js';
import { gatewayError, modelArtsError } from './errorBodies.js';
import { type FaultBook, faultInjector } from './faultInjector.js';
import { gatewayAuth } from './gatewayAuth.js';
import { iamRoutes } from './iamRoutes.js';
import { createRandom, deriveSeed } from './seededRandom.js';
import { serviceRoutes } from './serviceRoutes.js';
import type { DemoClock } from './serviceView.js';

export const defaultDemoSeed = 20200407;

/** Slow enough to read, fast enough that a deploy visibly finishes within a minute. */
export const defaultPaceSeconds = 5;

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve(server.address() as AddressInfo);
		});
	});
}

function urlOf(address: AddressInfo): string {
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return `http://${host}:${address.port}`;
}

export async function startDemoEndpoint(options: DemoEndpointOptions = {}): Promise<DemoEndpoint> {
	const now = options.now ?? Date.now;
	const clock: DemoClock = {
		startedAt: now(),
		now,
		paceMs: Math.max(0, (options.paceSeconds ?? defaultPaceSeconds) * 1000),
	};
	const seed = options.seed ?? defaultDemoSeed;
	const catalog = createCatalog(seed, clock.startedAt);
	const faults: FaultBook = { rules: () => faultRules, used: new Map() };
	let faultRules: FaultRule[] = [...(options.faults ?? [])];
	let requests = 0;

	const app = new Hono<EndpointEnv>();
	app.use(async (c, next) => {
		requests += 1;
		const requestId = randomUUID().replaceAll('-', '');
		c.set('requestId', requestId);
		await next();
		c.res.headers.set('X-Request-Id', requestId);
	});
	app.use(faultInjector(faults, createRandom(deriveSeed(seed, 'faults'))));
	app.use(gatewayAuth(options.gatewayNow ?? Date.now));
	app.route('/v1', serviceRoutes(catalog, clock));
	app.route('/v3', iamRoutes());
	app.onError((_, c) => modelArtsError(c, 500, 'ModelArts.3505', 'Failed to query the service'));
	app.notFound((c) =>
		gatewayError(
			c,
			404,
			'APIGW.0101',
			'The API does not exist or has not been published in the environment',
		),
	);

	const server = createAdaptorServer({ fetch: app.fetch }) as Server;
	const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');

	return {
		url: urlOf(address),
		projectId: demoProjectId,
		region: demoRegion,
		credentials: {
			ak: demoAccessKey.ak,
			sk: demoAccessKey.sk,
			token: demoToken,
			securityToken: demoSecurityToken,
			temporaryAk: demoTemporaryAccessKey.ak,
			temporarySk: demoTemporaryAccessKey.sk,
		},
		setFaults: (next) => {
			faultRules = [...next];
			faults.used.clear();
		},
		requestCount: () => requests,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
