// The profiles module's public face: the store, validation, masking, and importers.
export { maskSecret } from './maskSecret.js';
export { openProfileStore, type ProfileStoreOptions } from './openProfileStore.js';
export type { AuthKind, Profile, SecretSource } from './profile.js';
export { ProfileInputError, ProfileStoreError } from './profileErrors.js';
export type { ProfileStore } from './profileStore.js';
export { isKnownRegion, knownRegions } from './regions.js';
export {
	assertValidProfile,
	checkEndpoint,
	checkProfileName,
	checkProjectId,
	checkRegion,
	checkStoredSecrets,
} from './validateProfile.js';
