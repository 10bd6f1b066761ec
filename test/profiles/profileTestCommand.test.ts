import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { startDemoEndpoint } from '../../source/endpoint/startDemoEndpoint.js';
import { runProfileCommand } from './runProfileCommand.js';
import { makeTempConfigDir } from './tempConfigDir.js';

let endpoint: DemoEndpoint;

beforeEach(async () => {
	endpoint = await startDemoEndpoint({ port: 0, paceSeconds: 0 });
});

afterEach(async () => {
	await endpoint.close();
});

async function addDemoProfile(configDir: string, name: string, sk: string) {
	const args = ['add', name, '--region', endpoint.region, '--project-id', endpoint.projectId];
	const target = ['--endpoint', endpoint.url, '--ak', endpoint.credentials.ak, '--sk-stdin'];
	const result = await runProfileCommand([...args, ...target], { configDir, stdin: `${sk}\n` });
	expect(result.error).toBeUndefined();
}

describe('malog profile test', () => {
	it('makes one signed call and reports success', async () => {
		const configDir = makeTempConfigDir();
		await addDemoProfile(configDir, 'demo', endpoint.credentials.sk);
		const before = endpoint.requestCount();

		const result = await runProfileCommand(['test', 'demo'], { configDir });

		expect(result.error).toBeUndefined();
		expect(result.stdout).toMatch(/^ok: connected: the project has \d+ services? \(/);
		expect(endpoint.requestCount() - before).toBe(1);
		expect(result.stdout + result.stderr).not.toContain(endpoint.credentials.sk);
	});

	it('fails with a one-line verdict, without the secret, when the SK is wrong', async () => {
		const configDir = makeTempConfigDir();
		const wrongSk = 'wrongSecretKey0123456789abcdefWRNG';
		await addDemoProfile(configDir, 'bad', wrongSk);

		const result = await runProfileCommand(['test', 'bad', '--timeout', '5'], { configDir });

		expect(result.error?.message).toMatch(/^profile "bad" failed: /);
		expect(result.error?.message).not.toContain('\n');
		expect(result.error?.message).not.toContain(wrongSk);
		expect(result.stdout + result.stderr).not.toContain(wrongSk);
	});
});

describe('malog profile test without a project id', () => {
	it('looks it up and saves it with --save-project-id', async () => {
		const configDir = makeTempConfigDir();
		const args = ['add', 'lookup', '--region', endpoint.region, '--endpoint', endpoint.url];
		const key = ['--ak', endpoint.credentials.ak, '--sk-stdin'];
		await runProfileCommand([...args, ...key], {
			configDir,
			stdin: `${endpoint.credentials.sk}\n`,
		});

		const result = await runProfileCommand(['test', 'lookup', '--save-project-id'], { configDir });

		expect(result.error).toBeUndefined();
		expect(result.stderr).toContain(`saved project id ${endpoint.projectId} in profile "lookup"`);
		const show = await runProfileCommand(['show', 'lookup'], { configDir });
		expect(show.stdout).toContain(`project id:  ${endpoint.projectId}\n`);
	});
});
