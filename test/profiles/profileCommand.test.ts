import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../source/commands/exitCodes.js';
import { openProfileStore } from '../../source/profiles/openProfileStore.js';
import { type RunResult, runProfileCommand } from './runProfileCommand.js';
import { makeTempConfigDir } from './tempConfigDir.js';

const sk = 'SKsecret0123456789abcdefWXYZ';
const securityToken = 'STStoken-0123456789-abcdefghijklmnop-QRST';
const token = 'MIItoken.0123456789.abcdefghijklmnop.TOKN';
const projectId = '0123456789abcdef0123456789abcdef';

function expectNoSecrets(result: RunResult): void {
	for (const secret of [sk, securityToken, token]) {
		expect(result.stdout).not.toContain(secret);
		expect(result.stderr).not.toContain(secret);
		expect(result.error?.message ?? '').not.toContain(secret);
	}
}

async function addProd(configDir: string, extra: string[] = []) {
	const args = ['add', 'prod', '--region', 'cn-north-4', '--ak', 'AKPROD0000000001', '--sk-stdin'];
	return runProfileCommand([...args, ...extra], { configDir, stdin: `${sk}\n` });
}

describe('malog profile add', () => {
	it('saves AK/SK with the SK piped on stdin and never prints it', async () => {
		const configDir = makeTempConfigDir();
		const result = await addProd(configDir, ['--project-id', projectId]);

		expect(result.error).toBeUndefined();
		expect(result.stdout).toBe(
			`saved profile "prod" (default) in ${join(configDir, 'profiles.json')}\n`,
		);
		expectNoSecrets(result);
		expect(openProfileStore({ configDir }).get('prod')).toMatchObject({
			authKind: 'aksk',
			secretSource: 'profile',
			ak: 'AKPROD0000000001',
			sk,
			projectId,
		});
	});

	it('saves temporary credentials from two piped lines and a token from one', async () => {
		const configDir = makeTempConfigDir();
		const temporary = ['add', 'sts', '--region', 'cn-north-4', '--ak', 'AKSTS000000000001'];
		await runProfileCommand([...temporary, '--sk-stdin', '--security-token-stdin'], {
			configDir,
			stdin: `${sk}\n${securityToken}\n`,
		});
		await runProfileCommand(['add', 'tok', '--region', 'cn-east-3', '--token-stdin'], {
			configDir,
			stdin: `${token}\n`,
		});

		const store = openProfileStore({ configDir });
		expect(store.get('sts')).toMatchObject({ authKind: 'temporary', sk, securityToken });
		expect(store.get('tok')).toMatchObject({ authKind: 'token', token });
	});

	it('asks in a terminal for what is missing, the SK masked', async () => {
		const configDir = makeTempConfigDir();
		const result = await runProfileCommand(['add', 'prod', '--region', 'cn-north-4'], {
			configDir,
			answers: ['AKTYPED000000001', sk],
		});

		expect(result.error).toBeUndefined();
		expect(result.questions).toEqual([
			{ text: 'Access key (AK): ', isMasked: false },
			{ text: 'Secret key (SK): ', isMasked: true },
		]);
		expect(openProfileStore({ configDir }).get('prod')?.sk).toBe(sk);
	});

	it('fails with a usage error naming --sk-stdin when the SK is missing and nobody can answer', async () => {
		const configDir = makeTempConfigDir();
		const args = ['add', 'prod', '--region', 'cn-north-4', '--ak', 'AKPROD0000000001'];
		const result = await runProfileCommand(args, { configDir });

		expect(result.error).toBeInstanceOf(UsageError);
		expect(result.error?.message).toBe(
			'the secret key (SK) is missing: pipe it with --sk-stdin (one per line), or use --from-env',
		);
		expect(openProfileStore({ configDir }).list()).toEqual([]);
	});

	it('stores no secrets with --from-env', async () => {
		const configDir = makeTempConfigDir();
		await runProfileCommand(['add', 'env', '--region', 'cn-north-4', '--from-env'], { configDir });
		expect(openProfileStore({ configDir }).get('env')).toEqual({
			name: 'env',
			region: 'cn-north-4',
			authKind: 'aksk',
			secretSource: 'env',
		});
	});

	it('validates region, project id and endpoint with one-line usage errors', async () => {
		const configDir = makeTempConfigDir();
		const attempts = [
			[['--region', 'North 4'], /"North 4" is not a region id/],
			[['--region', 'xx-north-7'], /not a known ModelArts region.*--custom-region/],
			[['--region', 'cn-north-4', '--project-id', 'nothex'], /32 hexadecimal/],
			[['--region', 'cn-north-4', '--endpoint', 'modelarts'], /http\(s\) URL/],
		] as const;
		for (const [flags, message] of attempts) {
			const result = await runProfileCommand(['add', 'p', ...flags, '--from-env'], { configDir });
			expect(result.error).toBeInstanceOf(UsageError);
			expect(result.error?.message).toMatch(message);
		}
		expect(openProfileStore({ configDir }).list()).toEqual([]);
	});

	it('accepts a custom region with --custom-region or after confirming it in a terminal', async () => {
		const configDir = makeTempConfigDir();
		const flagged = ['add', 'a', '--region', 'eu-west-101', '--custom-region', '--from-env'];
		await runProfileCommand(flagged, { configDir });
		await runProfileCommand(['add', 'b', '--region', 'eu-west-101', '--from-env'], {
			configDir,
			answers: ['y'],
		});
		expect(
			openProfileStore({ configDir })
				.list()
				.map((p) => p.region),
		).toEqual(['eu-west-101', 'eu-west-101']);
	});

	it('refuses to replace a profile without --force', async () => {
		const configDir = makeTempConfigDir();
		await addProd(configDir);
		const again = await addProd(configDir);
		expect(again.error?.message).toBe('a profile named "prod" exists; pass --force to replace it');
		expect((await addProd(configDir, ['--force'])).error).toBeUndefined();
	});
});

describe('malog profile list, show, use, remove', () => {
	it('lists profiles with their credential source and the default marked, without secrets', async () => {
		const configDir = makeTempConfigDir();
		await addProd(configDir, ['--project-id', projectId]);
		await runProfileCommand(['add', '测试环境', '--region', 'cn-east-3', '--from-env'], {
			configDir,
		});

		const result = await runProfileCommand(['list'], { configDir });

		expect(result.stdout.split('\n')).toEqual([
			'  NAME      REGION      PROJECT ID                        CREDENTIALS',
			`* prod      cn-north-4  ${projectId}  AK/SK stored in the profile`,
			'  测试环境  cn-east-3   -                                 AK/SK from the environment',
			'',
		]);
		expectNoSecrets(result);
	});

	it('prints JSON without secrets', async () => {
		const configDir = makeTempConfigDir();
		await addProd(configDir);
		const result = await runProfileCommand(['list', '--json'], { configDir });
		expect(JSON.parse(result.stdout)).toEqual([
			{
				name: 'prod',
				region: 'cn-north-4',
				projectId: null,
				endpoint: null,
				authKind: 'aksk',
				secretSource: 'profile',
				isDefault: true,
			},
		]);
		expectNoSecrets(result);
	});

	it('shows one profile with the SK masked', async () => {
		const configDir = makeTempConfigDir();
		await addProd(configDir);
		const result = await runProfileCommand(['show', 'prod'], { configDir });
		expect(result.stdout).toContain('SK:          ••••WXYZ\n');
		expect(result.stdout).toContain('AK:          AKPROD0000000001\n');
		expectNoSecrets(result);
	});

	it('moves the default with use', async () => {
		const configDir = makeTempConfigDir();
		await addProd(configDir);
		await runProfileCommand(['add', 'dev', '--region', 'cn-east-3', '--from-env'], { configDir });
		const result = await runProfileCommand(['use', 'dev'], { configDir });
		expect(result.stdout).toBe('default profile is now "dev"\n');
		expect(openProfileStore({ configDir }).defaultName()).toBe('dev');
		expect((await runProfileCommand(['use', 'nope'], { configDir })).error).toBeInstanceOf(
			UsageError,
		);
	});

	it('says there is no default any more when the default is removed', async () => {
		const configDir = makeTempConfigDir();
		await addProd(configDir);
		await runProfileCommand(['add', 'staging', '--region', 'cn-north-4', '--from-env'], {
			configDir,
		});

		const removed = await runProfileCommand(['remove', 'prod', '--yes'], { configDir });
		expect(removed.stdout).toContain('there is no default profile now');
		expect(openProfileStore({ configDir }).defaultName()).toBeUndefined();
	});

	it('removes only after confirmation or --yes', async () => {
		const configDir = makeTempConfigDir();
		await addProd(configDir);

		const unasked = await runProfileCommand(['remove', 'prod'], { configDir });
		expect(unasked.error?.message).toBe(
			'not removing "prod" without asking: pass --yes to confirm',
		);
		const declined = await runProfileCommand(['remove', 'prod'], { configDir, answers: ['n'] });
		expect(declined.error).toBeInstanceOf(UsageError);
		expect(openProfileStore({ configDir }).get('prod')).toBeDefined();

		const confirmed = await runProfileCommand(['remove', 'prod', '--yes'], { configDir });
		expect(confirmed.stdout).toBe('removed profile "prod"\n');
		expect(openProfileStore({ configDir }).list()).toEqual([]);
		expect(readFileSync(join(configDir, 'profiles.json'), 'utf8')).not.toContain(sk);
	});
});
