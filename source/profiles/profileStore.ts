import type { Profile } from './profile.js';

/**
 * Saved profiles. The implementation (conf, with a schema and migrations) lives beside this file
 * and is opened with openProfileStore(); MALOG_CONFIG_DIR points it at another folder (tests).
 * Invalid input throws ProfileInputError; a file that cannot be read or written throws
 * ProfileStoreError (both in profileErrors.ts, one line, no secrets).
 */
export interface ProfileStore {
	/** The config file's path, for messages. */
	readonly path: string;
	/**
	 * Set when the file found at start-up could not be used and was kept aside: one line naming
	 * both files, to show the user once.
	 */
	readonly notice?: string;
	/** Sorted by name. */
	list(): Profile[];
	get(name: string): Profile | undefined;
	defaultName(): string | undefined;
	/** Adds or overwrites; the first profile saved becomes the default. */
	save(profile: Profile): void;
	/** Saves `profile` in place of `previousName` in one step (an edit that renames). */
	replace(previousName: string, profile: Profile): void;
	remove(name: string): void;
	setDefault(name: string): void;
}
