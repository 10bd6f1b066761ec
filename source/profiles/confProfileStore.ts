// ProfileStore on a conf instance. conf re-reads the file on every access, so each change below
// reads, edits and writes the file while holding the lock: concurrent writers lose nothing.
import type Conf from 'conf';
import { withFileLock } from './fileLock.js';
import type { Profile } from './profile.js';
import { ProfileInputError, ProfileStoreError } from './profileErrors.js';
import type { ProfileFile } from './profileFileSchema.js';
import type { ProfileStore } from './profileStore.js';
import { fromStoredProfile, toStoredProfile } from './storedProfile.js';
import { assertValidProfile } from './validateProfile.js';

export class ConfProfileStore implements ProfileStore {
	readonly #conf: Conf<ProfileFile>;

	constructor(
		conf: Conf<ProfileFile>,
		readonly path: string,
		readonly notice?: string,
	) {
		this.#conf = conf;
	}

	list(): Profile[] {
		const { profiles } = this.#read();
		return Object.entries(profiles)
			.map(([name, stored]) => fromStoredProfile(name, stored))
			.sort((left, right) => left.name.localeCompare(right.name));
	}

	get(name: string): Profile | undefined {
		const { profiles } = this.#read();
		const stored = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
		return stored ? fromStoredProfile(name, stored) : undefined;
	}

	defaultName(): string | undefined {
		const file = this.#read();
		const name = file.defaultProfile;
		return name !== undefined && Object.hasOwn(file.profiles, name) ? name : undefined;
	}

	save(profile: Profile): void {
		assertValidProfile(profile);
		this.#change((file) => {
			file.profiles[profile.name] = toStoredProfile(profile);
			if (!hasDefault(file)) file.defaultProfile = profile.name;
		});
	}

	replace(previousName: string, profile: Profile): void {
		assertValidProfile(profile);
		this.#change((file) => {
			const wasDefault = file.defaultProfile === previousName;
			if (previousName !== profile.name) delete file.profiles[previousName];
			file.profiles[profile.name] = toStoredProfile(profile);
			if (wasDefault || !hasDefault(file)) file.defaultProfile = profile.name;
		});
	}

	remove(name: string): void {
		this.#change((file) => {
			assertExists(file, name);
			delete file.profiles[name];
			// Promoting another profile on the quiet could point the next command at the wrong
			// account: the default is left unset until the user names one.
			if (file.defaultProfile === name) delete file.defaultProfile;
		});
	}

	setDefault(name: string): void {
		this.#change((file) => {
			assertExists(file, name);
			file.defaultProfile = name;
		});
	}

	#read(): ProfileFile {
		try {
			return this.#conf.store;
		} catch (error) {
			// Changed under us by something else; restarting malog sets the bad file aside.
			const reason = error instanceof SyntaxError ? 'it is no longer valid JSON' : firstLine(error);
			throw new ProfileStoreError(`cannot read the profile file ${this.path}: ${reason}`);
		}
	}

	#change(edit: (file: ProfileFile) => void): void {
		withFileLock(`${this.path}.lock`, () => {
			const file = this.#read();
			edit(file);
			try {
				this.#conf.store = file;
			} catch (error) {
				throw new ProfileStoreError(
					`cannot save the profile file ${this.path}: ${firstLine(error)}`,
				);
			}
		});
	}
}

function hasDefault(file: ProfileFile): boolean {
	return file.defaultProfile !== undefined && Object.hasOwn(file.profiles, file.defaultProfile);
}

function assertExists(file: ProfileFile, name: string): void {
	if (Object.hasOwn(file.profiles, name)) return;
	throw new ProfileInputError(`no profile named ${JSON.stringify(name)} (see malog profile list)`);
}

function firstLine(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code) return code === 'EACCES' ? 'permission denied' : code;
	return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
