// Two kinds of failure: the user asked for something invalid (fix the input), or the profile file
// itself could not be used (fix the file). Messages are one line and never carry a secret.

/** Invalid input: a bad region, project id, endpoint or name, or a profile that does not exist. */
export class ProfileInputError extends Error {
	override name = 'ProfileInputError';
}

/** The profile file could not be read, written or locked. */
export class ProfileStoreError extends Error {
	override name = 'ProfileStoreError';
}
