// `malog services` and `malog logs` in-process against the built-in endpoint, with AK/SK from
// the environment: the table, --json, --ndjson, --update-time, and the errors.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../source/client/clientErrors.js';
import type { CommandIo } from '../../source/commands/commandOutput.js';
import { UsageError } from '../../source/commands/exitCodes.js';
import { type LogsFlags, runLogs } from '../../source/commands/logs.js';
import { runServices } from '../../source/commands/services.js';
import type { ProfileStore } from '../../source/profiles/profileStore.js';
import { demoEndpointPerFile, documentedServiceId } from '../client/demoFixture.js';

const demo = demoEndpointPerFile();

const emptyStore: ProfileStore = {
	path: '/tmp/none.json',
	list: () => [],
	get: () => undefined,
	defaultName: () => undefined,
	save: () => undefined,
	replace: () => undefined,
	remove: () => undefined,
	setDefault: () => undefined,
};

function captured() {
	const output = { stdout: '', stderr: '' };
	const io: CommandIo = {
		stdout: (text) => {
			output.stdout += text;
		},
		stderr: (text) => {
			output.stderr += text;
		},
	};
	return { io, output };
}

function connection(sk = demo().credentials.sk) {
	const env = {
		HUAWEICLOUD_SDK_AK: demo().credentials.ak,
		HUAWEICLOUD_SDK_SK: sk,
		HUAWEICLOUD_SDK_CREDENTIALS_FILE: join(mkdtempSync(join(tmpdir(), 'malog-')), 'none'),
	};
	return {
		flags: { endpoint: demo().url, projectId: demo().projectId },
		options: { env, store: emptyStore },
	};
}

async function logs(service: string, extra: Partial<LogsFlags> = {}) {
	const { io, output } = captured();
	const { flags, options } = connection();
	await runLogs(service, { ...flags, ...extra }, io, options);
	return output;
}

describe('malog logs', () => {
	it('prints the documented entry by service name, newest first, in UTC', async () => {
		const output = await logs('service-demo');
		const lines = output.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe(
			`service-demo (${documentedServiceId}): ${lines.length - 2} update${lines.length === 3 ? '' : 's'}`,
		);
		expect(lines[1]).toMatch(/^TIME \(UTC\)\s+RESULT\s+NODES\s+MODELS$/);
		expect(output.stdout).toMatch(/2020-04-07 09:15:30 {2}RUNNING .*model-demo@0\.0\.1 100%/);
		expect(output.stderr).toBe('');
	});

	it('accepts a Chinese name and shows edge node counts', async () => {
		const output = await logs('边缘质检服务');
		expect(output.stdout).toMatch(/^边缘质检服务 \(/);
		expect(output.stdout).toMatch(/\d+✓ \d+✗/);
	});

	it('writes the validated response with --json, every field kept, secrets masked', async () => {
		const output = await logs(documentedServiceId, { json: true });
		const response = JSON.parse(output.stdout);
		expect(response.service_id).toBe(documentedServiceId);
		expect(response.logs[0]).toMatchObject({
			update_time: 1586250930708,
			extend_config: [],
			cluster_id: expect.any(String),
		});

		const all = JSON.parse((await logs('face-recognition', { json: true })).stdout);
		const envs = all.logs.flatMap((entry: { config?: Array<{ envs?: Record<string, string> }> }) =>
			(entry.config ?? []).map((config) => config.envs ?? {}),
		);
		const passwords = envs.map((each: Record<string, string>) => each.DB_PASSWORD).filter(Boolean);
		expect(passwords.length).toBeGreaterThan(0);
		expect(passwords.every((value: string) => /^•+$/.test(value))).toBe(true);
	});

	it('writes one entry a line with --ndjson, and filters by --update-time', async () => {
		const output = await logs('service-demo', { ndjson: true, updateTime: '1586250930708' });
		const lines = output.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		expect(JSON.parse(lines[0] as string)).toMatchObject({ result: 'RUNNING' });
	});

	it('refuses bad usage before connecting, and a service that is not there', async () => {
		await expect(logs('x', { json: true, ndjson: true })).rejects.toThrow(UsageError);
		await expect(logs('x', { updateTime: 'yesterday' })).rejects.toThrow(
			/--update-time takes epoch/,
		);
		await expect(logs('no-such-service')).rejects.toThrow(NotFoundError);
	});
});

describe('malog services', () => {
	it('prints a table sorted by name, Chinese names aligned', async () => {
		const { io, output } = captured();
		const { flags, options } = connection();
		await runServices(flags, io, options);
		const lines = output.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^NAME\s+STATUS\s+TYPE\s+PUBLISHED \(UTC\)\s+ID$/);
		const idColumn = lines[0]?.indexOf('ID') ?? -1;
		const demoLine = lines.find((line) => line.startsWith('service-demo '));
		expect(demoLine?.slice(idColumn)).toBe(documentedServiceId);
	});

	it('writes every page as one ListServices response with --json', async () => {
		const { io, output } = captured();
		const { flags, options } = connection();
		await runServices({ ...flags, json: true }, io, options);
		const response = JSON.parse(output.stdout);
		expect(response.total_count).toBe(response.services.length);
		expect(response.count).toBe(response.services.length);
		expect(response.services.map((each: { service_id: string }) => each.service_id)).toContain(
			documentedServiceId,
		);
	});
});
