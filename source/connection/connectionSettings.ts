// The pure half of opening a connection: which profile, region, endpoint, project id and
// credentials the flags, the saved profile and the environment add up to. Nothing is sent.
import { modelArtsEndpointFor } from '../client/regionEndpoints.js';
import type { RetryPolicy } from '../client/retryPolicy.js';
import type { ConnectionFlags } from '../commands/connectionOptions.js';
import { UsageError } from '../commands/exitCodes.js';
import type { Profile } from '../profiles/profile.js';
import type { ProfileStore } from '../profiles/profileStore.js';
import { type ResolvedCredentials, resolveCredentials, sdkVariables } from './credentialChain.js';

export interface ConnectionSettings {
	isDemo: boolean;
	timeoutMs: number;
	profileName?: string;
	region?: string;
	/** ModelArts base URL (absent for the demo, which picks its own port). */
	endpoint?: string;
	/** Set by --endpoint, a profile or HUAWEICLOUD_SDK_REGION_MODELARTS_*: IAM is asked there. */
	isEndpointExplicit: boolean;
	projectId?: string;
	credentials?: ResolvedCredentials;
	env: NodeJS.ProcessEnv;
	retry?: RetryPolicy;
	now?: () => Date;
}

const maxTimeoutSeconds = 600;

export function parseTimeout(value: string | undefined): number {
	if (value === undefined) return 15_000;
	const seconds = Number(value);
	if (!Number.isFinite(seconds) || seconds <= 0 || seconds > maxTimeoutSeconds) {
		throw new UsageError(
			`--timeout takes seconds between 0 and ${maxTimeoutSeconds}, not "${value}"`,
		);
	}
	return Math.round(seconds * 1000);
}

export function parseEndpoint(value: string, from: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new UsageError(
			`${from} "${value}" is not a URL; write it like https://modelarts.cn-north-4.myhuaweicloud.com`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new UsageError(`${from} must start with https:// (or http:// for a local endpoint)`);
	}
	return value.replace(/\/+$/, '');
}

/** modelarts.cn-north-4.myhuaweicloud.com → cn-north-4 (for labels and IAM lookups). */
export function regionFromEndpoint(endpoint: string): string | undefined {
	return /^modelarts\.([a-z0-9-]+)\.myhuaweicloud\./.exec(new URL(endpoint).hostname)?.[1];
}

function openStore(
	store: ProfileStore | (() => ProfileStore) | undefined,
): ProfileStore | undefined {
	return typeof store === 'function' ? store() : store;
}

function pickProfile(flags: ConnectionFlags, store: ProfileStore | undefined): Profile | undefined {
	if (flags.profile) {
		const profile = store?.get(flags.profile);
		if (profile) return profile;
		const names = store?.list().map((each) => each.name) ?? [];
		const known = names.length > 0 ? `saved: ${names.join(', ')}` : 'none is saved yet';
		throw new UsageError(
			`no profile named "${flags.profile}" (${known}); see \`malog profile list\``,
		);
	}
	const defaultName = store?.defaultName();
	return defaultName ? store?.get(defaultName) : undefined;
}

function chooseEndpoint(
	flags: ConnectionFlags,
	profile: Profile | undefined,
	region: string | undefined,
	env: NodeJS.ProcessEnv,
) {
	if (flags.endpoint)
		return { endpoint: parseEndpoint(flags.endpoint, '--endpoint'), isEndpointExplicit: true };
	if (profile?.endpoint) {
		return {
			endpoint: parseEndpoint(profile.endpoint, `the endpoint of profile "${profile.name}"`),
			isEndpointExplicit: true,
		};
	}
	if (!region) {
		throw new UsageError(
			'no region: pass --region (e.g. cn-north-4) or --endpoint, ' +
				'or save a profile with `malog profile add`',
		);
	}
	const resolved = modelArtsEndpointFor(region, env);
	return {
		endpoint: parseEndpoint(resolved.url, resolved.source),
		isEndpointExplicit: resolved.source !== `region ${region}`,
	};
}

export function resolveConnectionSettings(
	flags: ConnectionFlags,
	sources: { store?: ProfileStore | (() => ProfileStore); env: NodeJS.ProcessEnv },
): ConnectionSettings {
	const { env } = sources;
	const timeoutMs = parseTimeout(flags.timeout);
	if (flags.demo) return { isDemo: true, timeoutMs, isEndpointExplicit: false, env };

	const store = openStore(sources.store);
	const profile = pickProfile(flags, store);
	const credentials = resolveCredentials(profile, env);
	const hasTarget = Boolean(flags.endpoint || flags.region || flags.projectId);
	if (!profile && !credentials && !hasTarget) {
		// Profiles saved but none is the default: the demo would be a surprise, not a fallback.
		if (store && store.list().length > 0) {
			throw new UsageError(
				'no default profile: pass --profile NAME, or choose one with `malog profile use NAME`',
			);
		}
		return { isDemo: true, timeoutMs, isEndpointExplicit: false, env };
	}

	if (!credentials) {
		throw new UsageError(
			`no credentials: set ${sdkVariables.ak} and ${sdkVariables.sk}, ` +
				'save a profile with `malog profile add`, or try --demo',
		);
	}
	const explicitRegion = flags.region ?? profile?.region;
	const { endpoint, isEndpointExplicit } = chooseEndpoint(flags, profile, explicitRegion, env);

	return {
		isDemo: false,
		timeoutMs,
		profileName: profile?.name,
		region: explicitRegion ?? regionFromEndpoint(endpoint),
		endpoint,
		isEndpointExplicit,
		projectId: flags.projectId ?? profile?.projectId ?? credentials.projectId,
		credentials,
		env,
	};
}
