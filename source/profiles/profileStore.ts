import type { Profile } from './profile.js';

/**
 * Saved profiles. The implementation (conf, with a schema and migrations) lives beside this file
 * and is opened with openProfileStore(); MALOG_CONFIG_DIR points it at another folder (tests).
 */
export interface ProfileStore {
	/** The config file's path, for messages. */
	readonly path: string;
	list(): Profile[];
	get(name: string): Profile | undefined;
	defaultName(): string | undefined;
	save(profile: Profile): void;
	remove(name: string): void;
	setDefault(name: string): void;
}
