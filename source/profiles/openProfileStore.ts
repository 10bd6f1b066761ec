// Opens the profile file: conf with a schema and migrations, a 0600 file, dots in names kept as
// plain characters. A file that cannot be used is set aside, never emptied in place.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import {
	findUnusableContent,
	firstSchemaProblem,
	isSchemaViolation,
	keepBadFileAside,
} from './badProfileFile.js';
import { resolveConfigDir } from './configDir.js';
import { ConfProfileStore } from './confProfileStore.js';
import { describeFsError, withFileLock } from './fileLock.js';
import { ProfileStoreError } from './profileErrors.js';
import {
	type ProfileFile,
	profileFileDefaults,
	profileFileMigrations,
	profileFileSchema,
	profileSchemaVersion,
} from './profileFileSchema.js';
import type { ProfileStore } from './profileStore.js';

export interface ProfileStoreOptions {
	/** The folder holding profiles.json; default MALOG_CONFIG_DIR, then the user's config folder. */
	configDir?: string;
}

export const profileFileName = 'profiles.json';

export function openProfileStore(options: ProfileStoreOptions = {}): ProfileStore {
	const configDir = resolveConfigDir(options.configDir);
	const path = join(configDir, profileFileName);
	try {
		mkdirSync(configDir, { recursive: true, mode: 0o700 });
	} catch (error) {
		throw new ProfileStoreError(
			`cannot create the config folder ${configDir}: ${describeFsError(error)}`,
		);
	}

	// Under the lock: a migration writes the file, and so does setting a bad file aside.
	return withFileLock(`${path}.lock`, () => {
		const contentProblem = findUnusableContent(path);
		let notice = contentProblem ? setAside(path, contentProblem) : undefined;
		try {
			return new ConfProfileStore(createConf(configDir), path, notice);
		} catch (error) {
			if (!isSchemaViolation(error)) throw asStoreError(error, path);
			notice = setAside(path, firstSchemaProblem(error));
			return new ConfProfileStore(createConf(configDir), path, notice);
		}
	});
}

function setAside(path: string, problem: string): string {
	const asidePath = keepBadFileAside(path);
	return (
		`the profile file ${path} ${problem}; ` +
		`it was kept as ${asidePath} and malog started a new one`
	);
}

function createConf(configDir: string): Conf<ProfileFile> {
	return new Conf<ProfileFile>({
		cwd: configDir,
		configName: 'profiles',
		schema: profileFileSchema,
		defaults: profileFileDefaults,
		migrations: profileFileMigrations,
		projectVersion: profileSchemaVersion,
		configFileMode: 0o600,
		accessPropertiesByDotNotation: false,
		clearInvalidConfig: false,
	});
}

function asStoreError(error: unknown, path: string): Error {
	if (error instanceof ProfileStoreError) return error;
	return new ProfileStoreError(`cannot open the profile file ${path}: ${describeFsError(error)}`);
}
