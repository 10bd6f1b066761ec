// openConnection against the built-in endpoint: the demo, environment credentials, saved
// profiles, IAM project-id lookup, and the verdict of checkConnection.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../source/commands/exitCodes.js';
import { checkConnection } from '../../source/connection/checkConnection.js';
import { type Connection, openConnection } from '../../source/connection/openConnection.js';
import type { Profile } from '../../source/profiles/profile.js';
import type { ProfileStore } from '../../source/profiles/profileStore.js';
import { demoEndpointPerFile, documentedServiceId, fastRetries } from '../client/demoFixture.js';

const demo = demoEndpointPerFile();
const noCredentialsFile = { HUAWEICLOUD_SDK_CREDENTIALS_FILE: join(tmpdir(), 'malog-none', 'c') };

function storeWith(profiles: Profile[], defaultName?: string): ProfileStore {
	const byName = new Map(profiles.map((profile) => [profile.name, profile]));
	return {
		path: '/tmp/fake-profiles.json',
		list: () => [...byName.values()],
		get: (name) => byName.get(name),
		defaultName: () => defaultName,
		save: (profile) => byName.set(profile.name, profile),
		replace: () => undefined,
		remove: (name) => byName.delete(name),
		setDefault: () => undefined,
	};
}

function envCredentials(sk = demo().credentials.sk) {
	return {
		...noCredentialsFile,
		HUAWEICLOUD_SDK_AK: demo().credentials.ak,
		HUAWEICLOUD_SDK_SK: sk,
	};
}

async function using<T>(connection: Connection, work: (c: Connection) => Promise<T>): Promise<T> {
	try {
		return await work(connection);
	} finally {
		await connection.close();
	}
}

describe('openConnection', () => {
	it('starts the built-in endpoint for --demo and stops it on close', async () => {
		const connection = await openConnection({ demo: true }, { env: {}, store: storeWith([]) });
		expect(connection.label).toMatchObject({ isDemo: true, region: 'cn-north-4' });
		expect(connection.label.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const logs = await connection.api.showUpdateLogs(documentedServiceId);
		expect(logs.service_name).toBe('service-demo');

		await connection.close();
		await expect(fetch(connection.label.endpoint)).rejects.toThrow();
	});

	it('falls back to the demo when nothing is configured anywhere', async () => {
		const connection = await openConnection({}, { env: noCredentialsFile, store: storeWith([]) });
		await using(connection, async () => expect(connection.label.isDemo).toBe(true));
	});

	it('uses AK/SK from the environment with --endpoint and --project-id', async () => {
		const flags = { endpoint: demo().url, projectId: demo().projectId };
		const connection = await openConnection(flags, { env: envCredentials(), store: storeWith([]) });
		await using(connection, async ({ api, label, credentialSource }) => {
			expect(label).toMatchObject({ isDemo: false, endpoint: demo().url });
			expect(credentialSource).toBe('HUAWEICLOUD_SDK_AK/SK');
			expect((await api.showService(documentedServiceId)).service_id).toBe(documentedServiceId);
		});
	});

	it('asks IAM at the same origin for the project id, and says so', async () => {
		const statuses: string[] = [];
		const connection = await openConnection(
			{ endpoint: `${demo().url}/`, region: 'cn-north-4' },
			{ env: envCredentials(), store: storeWith([]), onStatus: (line) => statuses.push(line) },
		);
		await using(connection, async ({ projectId }) => {
			expect(projectId).toBe(demo().projectId);
			expect(statuses).toEqual([
				expect.stringContaining(`project cn-north-4 is ${demo().projectId}`),
			]);
		});
	});

	it('takes the endpoint from HUAWEICLOUD_SDK_REGION_MODELARTS_{REGION}', async () => {
		const env = { ...envCredentials(), HUAWEICLOUD_SDK_REGION_MODELARTS_CN_NORTH_4: demo().url };
		const connection = await openConnection(
			{ region: 'cn-north-4' },
			{ env, store: storeWith([]) },
		);
		await using(connection, async ({ label, projectId }) => {
			expect(label.endpoint).toBe(demo().url);
			expect(projectId).toBe(demo().projectId);
		});
	});

	it('uses the default profile, named in the label, before the environment', async () => {
		const profile: Profile = {
			name: 'staging',
			region: 'cn-north-4',
			endpoint: demo().url,
			projectId: demo().projectId,
			authKind: 'token',
			secretSource: 'profile',
			token: demo().credentials.token,
		};
		const store = storeWith([profile], 'staging');
		const connection = await openConnection({}, { env: envCredentials('wrong'), store });
		await using(connection, async ({ api, label }) => {
			expect(label).toEqual({
				profileName: 'staging',
				region: 'cn-north-4',
				endpoint: demo().url,
				isDemo: false,
			});
			expect((await api.listServicesPage({ limit: 1 })).count).toBe(1);
		});
	});

	it('refuses unknown profiles, missing regions and bad timeouts as usage errors', async () => {
		const store = storeWith([
			{ name: 'a', region: 'cn-north-4', authKind: 'aksk', secretSource: 'env' },
		]);
		await expect(openConnection({ profile: 'b' }, { env: {}, store })).rejects.toThrow(
			/no profile named "b" \(saved: a\)/,
		);
		await expect(
			openConnection({}, { env: envCredentials(), store: storeWith([]) }),
		).rejects.toThrow(/no region/);
		await expect(openConnection({ demo: true, timeout: 'soon' }, { env: {} })).rejects.toThrow(
			UsageError,
		);
		await expect(
			openConnection({ region: 'cn-north-4' }, { env: noCredentialsFile, store: storeWith([]) }),
		).rejects.toThrow(/no credentials/);
	});

	it('does not fall back to the demo when profiles are saved but none is the default', async () => {
		const store = storeWith([
			{ name: 'a', region: 'cn-north-4', authKind: 'aksk', secretSource: 'env' },
		]);
		await expect(openConnection({}, { env: noCredentialsFile, store })).rejects.toThrow(
			/no default profile: pass --profile NAME/,
		);
	});
});

describe('checkConnection', () => {
	it('counts the services when the credentials are accepted', async () => {
		const flags = { endpoint: demo().url, projectId: demo().projectId };
		const connection = await openConnection(flags, { env: envCredentials(), store: storeWith([]) });
		const verdict = await using(connection, ({ api }) => checkConnection(api));
		expect(verdict.isOk).toBe(true);
		expect(verdict.message).toMatch(/^connected: the project has \d+ services$/);
	});

	it('explains a rejected SK, naming the source and not the secret', async () => {
		const flags = { endpoint: demo().url, projectId: demo().projectId };
		const sk = 'definitely-the-wrong-sk';
		const connection = await openConnection(flags, {
			env: envCredentials(sk),
			store: storeWith([]),
			tuning: { retry: fastRetries },
		});
		const verdict = await using(connection, ({ api }) => checkConnection(api));
		expect(verdict.isOk).toBe(false);
		expect(verdict.message).toContain('HUAWEICLOUD_SDK_AK/SK');
		expect(verdict.message).not.toContain(sk);
	});
});
