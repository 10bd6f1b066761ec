// A connection to a real (or any explicitly named) ModelArts endpoint: the proxy from the
// environment, the project id from the settings or else from IAM, and the client on top.
import { createModelArtsClient } from '../client/createModelArtsClient.js';
import type { TransportSettings } from '../client/httpTransport.js';
import { proxyDispatcherFromEnv } from '../client/proxyDispatcher.js';
import { iamEndpointFor } from '../client/regionEndpoints.js';
import { resolveProjectId } from '../client/resolveProjectId.js';
import { UsageError } from '../commands/exitCodes.js';
import type { ConnectionSettings } from './connectionSettings.js';
import type { Connection, OpenConnectionOptions } from './openConnection.js';

async function projectIdFor(
	settings: ConnectionSettings,
	transport: TransportSettings,
	options: OpenConnectionOptions,
): Promise<string> {
	if (settings.projectId) return settings.projectId;
	const region = settings.region;
	if (!region) {
		throw new UsageError(
			'no project id and no region to look it up by: pass --project-id or --region',
		);
	}

	const iamEndpoint = iamEndpointFor(
		region,
		settings.isEndpointExplicit ? settings.endpoint : undefined,
	);
	const projectId = await resolveProjectId({ ...transport, endpoint: iamEndpoint }, region, {
		signal: options.signal,
	});
	options.onStatus?.(
		`no project id was given; IAM at ${new URL(iamEndpoint).host} says project ${region} ` +
			`is ${projectId} (pass --project-id to skip this lookup)`,
	);
	return projectId;
}

export async function connectToModelArts(
	settings: ConnectionSettings,
	options: OpenConnectionOptions,
): Promise<Connection> {
	const { credentials, endpoint } = settings;
	if (!credentials || !endpoint)
		throw new Error('connectToModelArts needs credentials and an endpoint');

	const proxy = proxyDispatcherFromEnv(settings.env);
	const transport: TransportSettings = {
		endpoint,
		auth: credentials.auth,
		credentialSource: credentials.source,
		timeoutMs: settings.timeoutMs,
		retry: settings.retry,
		now: settings.now,
		proxy,
	};
	const close = async () => {
		await proxy?.close();
	};

	try {
		const projectId = await projectIdFor(settings, transport, options);
		return {
			api: createModelArtsClient({ ...transport, projectId }),
			label: {
				profileName: settings.profileName,
				region: settings.region ?? '',
				endpoint,
				isDemo: false,
			},
			projectId,
			credentialSource: credentials.source,
			close,
		};
	} catch (error) {
		await close();
		throw error;
	}
}
