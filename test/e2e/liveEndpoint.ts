// The built-in endpoint, started in the test process at a fast pace, and the environment and
// flags that point the built app at it.
import type { DemoEndpoint, DemoEndpointOptions } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { cliPath } from './malogProcess.js';
import { shellQuote } from './shellQuote.js';

export async function startLiveEndpoint(options: DemoEndpointOptions = {}): Promise<DemoEndpoint> {
	return startDemoEndpoint({ paceSeconds: 1, ...options });
}

/** The demo credentials in the SDK's variables (they are printed by the demo, not secret). */
export function credentialsEnv(endpoint: DemoEndpoint): Record<string, string> {
	return {
		HUAWEICLOUD_SDK_AK: endpoint.credentials.ak,
		HUAWEICLOUD_SDK_SK: endpoint.credentials.sk,
	};
}

export function endpointFlags(endpoint: DemoEndpoint): string[] {
	return ['--endpoint', endpoint.url, '--project-id', endpoint.projectId];
}

/**
 * A shell step that saves a profile for the endpoint the way a user would (`malog profile add`,
 * the SK piped in), reading the secret from $HUAWEICLOUD_SDK_SK so it is not in the command.
 */
export function addProfileStep(endpoint: DemoEndpoint, name: string, isDefault: boolean): string {
	const flags = [
		...['profile', 'add', name, '--region', endpoint.region],
		...endpointFlags(endpoint),
		...['--ak', endpoint.credentials.ak, '--sk-stdin'],
		...(isDefault ? ['--default'] : []),
	];
	const command = ['node', cliPath, ...flags].map(shellQuote).join(' ');
	return `printf '%s\\n' "$HUAWEICLOUD_SDK_SK" | ${command} > /dev/null`;
}
