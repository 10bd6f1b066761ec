// The demo: the built-in endpoint started in-process on a free loopback port, reached with its
// (printed, not secret) AK/SK so that every request is signed exactly as for the real cloud.
import { createModelArtsClient } from '../client/createModelArtsClient.js';
import type { DemoEndpoint, DemoEndpointOptions } from '../endpoint/demoEndpoint.js';
import type { ConnectionSettings } from './connectionSettings.js';
import type { Connection } from './openConnection.js';

export type StartDemoEndpoint = (options?: DemoEndpointOptions) => Promise<DemoEndpoint>;

export const demoCredentialSource = 'the built-in demo endpoint';

async function defaultStartDemo(options?: DemoEndpointOptions): Promise<DemoEndpoint> {
	const { startDemoEndpoint } = await import('../endpoint/startDemoEndpoint.js');
	return startDemoEndpoint(options);
}

export async function connectToDemo(
	settings: ConnectionSettings,
	startDemo: StartDemoEndpoint = defaultStartDemo,
): Promise<Connection> {
	const demo = await startDemo({ host: '127.0.0.1', port: 0 });
	const api = createModelArtsClient({
		endpoint: demo.url,
		projectId: demo.projectId,
		auth: { kind: 'aksk', ak: demo.credentials.ak, sk: demo.credentials.sk },
		credentialSource: demoCredentialSource,
		timeoutMs: settings.timeoutMs,
		retry: settings.retry,
		now: settings.now,
	});

	return {
		api,
		label: { region: demo.region, endpoint: demo.url, isDemo: true },
		projectId: demo.projectId,
		credentialSource: demoCredentialSource,
		close: () => demo.close(),
	};
}
