// Turns the connection flags, the saved profile and the environment into a ready ModelArtsApi,
// a label for the header, and a close(). With --demo, or on a machine with nothing configured,
// the built-in endpoint is started in-process and used with its demo credentials.
import type { ModelArtsApi } from '../client/modelArtsApi.js';
import type { ConnectionFlags } from '../commands/connectionOptions.js';
import type { ProfileStore } from '../profiles/profileStore.js';
import { type ConnectionSettings, resolveConnectionSettings } from './connectionSettings.js';
import { connectToDemo, type StartDemoEndpoint } from './demoConnection.js';
import { connectToModelArts } from './modelArtsConnection.js';

export interface ConnectionLabel {
	profileName?: string;
	region: string;
	endpoint: string;
	isDemo: boolean;
}

export interface Connection {
	api: Required<ModelArtsApi>;
	label: ConnectionLabel;
	projectId: string;
	/** Where the credentials came from, for messages ("HUAWEICLOUD_SDK_AK/SK", …). */
	credentialSource: string;
	close(): Promise<void>;
}

export interface OpenConnectionOptions {
	/** The saved profiles; a function so the file is opened only when it is needed. */
	store?: ProfileStore | (() => ProfileStore);
	env?: NodeJS.ProcessEnv;
	/** Progress worth telling the user (the CLI prints it on stderr, the app in its status). */
	onStatus?: (message: string) => void;
	signal?: AbortSignal;
	startDemo?: StartDemoEndpoint;
	/** Tests shorten retries and shift the signing clock through these. */
	tuning?: Pick<ConnectionSettings, 'retry' | 'now'>;
}

export async function openConnection(
	flags: ConnectionFlags,
	options: OpenConnectionOptions = {},
): Promise<Connection> {
	const settings = resolveConnectionSettings(flags, {
		store: options.store,
		env: options.env ?? process.env,
	});
	const tuned = { ...settings, ...options.tuning };

	if (tuned.isDemo) return connectToDemo(tuned, options.startDemo);
	return connectToModelArts(tuned, options);
}
