// `malog profile …`: add, list, show, remove, use, test and import saved profiles. The work is in
// source/profiles; this file wires flags to it and maps its errors to exit codes.
import type { Command } from 'commander';
import { type ProfileCommandIo, processIo } from '../profiles/commandLine/profileCommandIo.js';
import { importProfiles } from '../profiles/commandLine/profileImport.js';
import { listProfiles, showProfile } from '../profiles/commandLine/profileOutput.js';
import { testProfile } from '../profiles/commandLine/profileTest.js';
import { ProfileInputError } from '../profiles/profileErrors.js';
import { profileFromFlags } from '../profiles/profileFromFlags.js';
import { UsageError } from './exitCodes.js';

export function registerProfileCommand(program: Command, io: ProfileCommandIo = processIo()): void {
	const profile = program.command('profile').description('manage saved profiles');

	profile
		.command('add <name>')
		.description('save a profile (secrets are piped or typed, never given as flag values)')
		.option('--region <region>', 'region id, e.g. cn-north-4')
		.option('--project-id <id>', 'IAM project id, 32 hex characters (resolved when missing)')
		.option('--endpoint <url>', 'ModelArts endpoint URL instead of the region default')
		.option('--ak <ak>', 'access key id (the SK is read from stdin or asked for)')
		.option('--auth <kind>', 'aksk, temporary or token (with --from-env / --from-credentials-file)')
		.option('--sk-stdin', 'read the secret key from the first line of stdin')
		.option('--token-stdin', 'read an IAM token from the first line of stdin')
		.option('--security-token-stdin', 'read a security token from the next line of stdin')
		.option(
			'--from-env',
			'store no secrets: read HUAWEICLOUD_SDK_* (or MALOG_AUTH_TOKEN) when used',
		)
		.option(
			'--from-credentials-file',
			'store no secrets: read ~/.huaweicloud/credentials when used',
		)
		.option('--custom-region', 'accept a region id that is not in the known list')
		.option('--default', 'make it the default profile')
		.option('--force', 'replace a profile of the same name')
		.action((name: string, flags) =>
			run(async () => {
				const store = io.openStore();
				if (store.get(name) && !flags.force) {
					throw new ProfileInputError(
						`a profile named "${name}" exists; pass --force to replace it`,
					);
				}
				const saved = await profileFromFlags(name, flags, io.prompter());
				store.save(saved);
				if (flags.default) store.setDefault(name);
				const isDefault = store.defaultName() === name ? ' (default)' : '';
				io.out(`saved profile "${name}"${isDefault} in ${store.path}\n`);
			}),
		);

	profile
		.command('list')
		.description('list saved profiles and where their credentials come from (no secrets)')
		.option('--json', 'print JSON (still without secrets)')
		.action((flags) => run(async () => listProfiles(io, Boolean(flags.json))));

	profile
		.command('show <name>')
		.description('show one profile, secrets masked')
		.action((name: string) => run(async () => showProfile(io, name)));

	profile
		.command('remove <name>')
		.description('delete a saved profile (asks first)')
		.option('--yes', 'do not ask')
		.action((name: string, flags) =>
			run(async () => {
				const store = io.openStore();
				if (!store.get(name)) throw missingProfile(name);
				if (!flags.yes) await confirmRemoval(io, name);
				const wasDefault = store.defaultName() === name;
				store.remove(name);
				io.out(`removed profile "${name}"\n`);
				if (wasDefault && store.list().length > 0) {
					io.out('there is no default profile now: choose one with malog profile use NAME\n');
				}
			}),
		);

	profile
		.command('use <name>')
		.description('make a profile the default')
		.action((name: string) =>
			run(async () => {
				io.openStore().setDefault(name);
				io.out(`default profile is now "${name}"\n`);
			}),
		);

	profile
		.command('test <name>')
		.description('make one signed ListServices call (limit=1) and say whether it worked')
		.option('--timeout <seconds>', 'give up after this many seconds', '15')
		.option('--save-project-id', 'keep a project id that had to be looked up in the profile')
		.action((name: string, flags) => run(() => testProfile(io, name, flags)));

	profile
		.command('import')
		.description('import profiles from ~/.huaweicloud/credentials and KooCLI ~/.hcloud/config.json')
		.option('--from <source>', 'sdk, koocli or all', 'all')
		.option('--region <region>', 'region for the SDK credentials file, which names none')
		.option('--name <name>', 'profile name for the SDK credentials file', 'huaweicloud-sdk')
		.option('--force', 'replace profiles of the same name')
		.action((flags) => run(() => importProfiles(io, flags)));
}

async function confirmRemoval(io: ProfileCommandIo, name: string): Promise<void> {
	const prompter = io.prompter();
	if (!prompter.isInteractive) {
		throw new UsageError(`not removing "${name}" without asking: pass --yes to confirm`);
	}
	if (!(await prompter.confirm(`Remove profile "${name}"?`))) {
		throw new UsageError('nothing removed');
	}
}

export function missingProfile(name: string): ProfileInputError {
	return new ProfileInputError(`no profile named "${name}" (see malog profile list)`);
}

/** Input problems become usage errors (exit 2); everything else keeps its own class (exit 1). */
async function run(action: () => Promise<void>): Promise<void> {
	try {
		await action();
	} catch (error) {
		if (error instanceof ProfileInputError) throw new UsageError(error.message);
		throw error;
	}
}
