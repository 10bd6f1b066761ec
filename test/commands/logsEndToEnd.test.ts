// The built dist/cli.js, as a user runs it: AK/SK from the environment, signed requests to the
// built-in endpoint; accepted with the right SK, rejected (exit 1, one line, no secret) with a
// wrong one.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoEndpointPerFile, documentedServiceId } from '../client/demoFixture.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const demo = demoEndpointPerFile();

beforeAll(async () => {
	if (!existsSync(cli))
		await run(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
});

/** A clean environment: no credentials of the person running the tests, a temp home. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const home = mkdtempSync(join(tmpdir(), 'malog-home-'));
	const kept = Object.entries(process.env).filter(
		([name]) => !/^(HUAWEICLOUD_|MALOG_|HTTPS?_PROXY|NO_PROXY)/i.test(name),
	);
	return {
		...Object.fromEntries(kept),
		HOME: home,
		MALOG_CONFIG_DIR: join(home, 'config'),
		...extra,
	};
}

async function malog(args: string[], env: NodeJS.ProcessEnv) {
	try {
		const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

// Each test starts Node on a bundle; on a loaded machine that alone can take seconds.
describe('malog logs with AK/SK from the environment', { timeout: 60_000 }, () => {
	const target = () => ['--endpoint', demo().url, '--project-id', demo().projectId];

	it('is accepted by the built-in endpoint', async () => {
		const env = cleanEnv({
			HUAWEICLOUD_SDK_AK: demo().credentials.ak,
			HUAWEICLOUD_SDK_SK: demo().credentials.sk,
		});
		const before = demo().requestCount();
		const result = await malog(['logs', 'service-demo', ...target()], env);

		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`service-demo (${documentedServiceId})`);
		expect(result.stdout).toMatch(/2020-04-07 09:15:30 {2}RUNNING/);
		expect(demo().requestCount() - before).toBe(2);
	});

	it('is rejected when the SK is wrong: exit 1, one line naming the source, not the SK', async () => {
		const sk = 'this-sk-is-wrong-0123456789';
		const env = cleanEnv({ HUAWEICLOUD_SDK_AK: demo().credentials.ak, HUAWEICLOUD_SDK_SK: sk });
		const result = await malog(['logs', documentedServiceId, ...target()], env);

		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^malog: ModelArts refused the request \(401 /);
		expect(result.stderr).toContain('check the AK/SK from HUAWEICLOUD_SDK_AK/SK');
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).not.toContain(sk);
	});

	it('exits 2 on usage errors', async () => {
		const result = await malog(['logs', 'x', '--json', '--ndjson'], cleanEnv({}));
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('malog: choose one of --json and --ndjson\n');
	});
});
