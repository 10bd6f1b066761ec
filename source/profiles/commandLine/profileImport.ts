// `malog profile import`: from the SDK credentials file and from KooCLI's config. Existing
// profiles are kept unless --force; whatever is skipped is said on stderr, one line each.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { sanitizeText } from '../../terminal/sanitize.js';
import { type ImportedProfiles, profilesFromKooCliConfig } from '../importKooCli.js';
import { profileFromSdkCredentials } from '../importSdkCredentials.js';
import { ProfileInputError } from '../profileErrors.js';
import type { ProfileStore } from '../profileStore.js';
import type { ProfileCommandIo } from './profileCommandIo.js';

export interface ImportFlags {
	from?: string;
	region?: string;
	name?: string;
	force?: boolean;
}

export async function importProfiles(io: ProfileCommandIo, flags: ImportFlags): Promise<void> {
	const from = flags.from ?? 'all';
	if (!['all', 'sdk', 'koocli'].includes(from)) {
		throw new ProfileInputError(`--from takes sdk, koocli or all, not "${from}"`);
	}
	const home = io.env.HOME || homedir();
	const found: ImportedProfiles[] = [];
	const notes: string[] = [];

	if (from !== 'koocli') {
		const path =
			io.env.HUAWEICLOUD_SDK_CREDENTIALS_FILE || join(home, '.huaweicloud', 'credentials');
		const text = readSource(path, from === 'sdk', notes);
		if (text !== undefined && !flags.region && from === 'all') {
			notes.push(`${path} names no region: run again with --region to import it`);
		} else if (text !== undefined) {
			const name = flags.name ?? 'huaweicloud-sdk';
			found.push(profileFromSdkCredentials(text, path, { name, region: flags.region }));
		}
	}
	if (from !== 'sdk') {
		const path = join(home, '.hcloud', 'config.json');
		const text = readSource(path, from === 'koocli', notes);
		if (text !== undefined) found.push(profilesFromKooCliConfig(text, path));
	}

	const saved = saveImported(io.openStore(), found, Boolean(flags.force), notes);
	for (const note of notes) io.err(`note: ${sanitizeText(note)}\n`);
	const names = saved.map((name) => `"${sanitizeText(name)}"`).join(', ');
	io.out(saved.length ? `imported ${saved.length} profile(s): ${names}\n` : 'imported nothing\n');
}

function readSource(path: string, isRequired: boolean, notes: string[]): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const problem = code === 'ENOENT' ? `there is no ${path}` : `cannot read ${path} (${code})`;
		if (isRequired) throw new ProfileInputError(problem);
		notes.push(problem);
		return undefined;
	}
}

function saveImported(
	store: ProfileStore,
	found: ImportedProfiles[],
	isForced: boolean,
	notes: string[],
): string[] {
	const hadDefault = store.defaultName() !== undefined;
	const saved: string[] = [];
	for (const source of found) {
		notes.push(...source.notes);
		for (const profile of source.profiles) {
			if (store.get(profile.name) && !isForced) {
				notes.push(`kept the existing profile "${profile.name}" (pass --force to replace it)`);
				continue;
			}
			try {
				store.save(profile);
				saved.push(profile.name);
			} catch (error) {
				if (!(error instanceof ProfileInputError)) throw error;
				notes.push(`skipped: ${error.message}`);
			}
		}
		const wanted = source.defaultName;
		if (!hadDefault && wanted && saved.includes(wanted)) store.setDefault(wanted);
	}
	return saved;
}
