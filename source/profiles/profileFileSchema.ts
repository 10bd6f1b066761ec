// The profile file's shape (a JSON schema that conf checks on every read and write) and the
// migrations that bring older files up to it.
//
// Schema 2 (current):
//   { "profiles": { "<name>": { region, projectId?, endpoint?, authKind, secretSource,
//                               ak?, sk?, securityToken?, token? } },
//     "defaultProfile": "<name>" }
// Schema 1 (malog 0.0.x) named the project "project", the keys "accessKey"/"secretKey", had no
// auth kind or secret source (always AK/SK, stored when present), and called the default "current".
import type Conf from 'conf';
import type { Schema } from 'conf';
import type { AuthKind, SecretSource } from './profile.js';

export const profileSchemaVersion = '2.0.0';

export interface StoredProfile {
	region: string;
	projectId?: string;
	endpoint?: string;
	authKind: AuthKind;
	secretSource: SecretSource;
	ak?: string;
	sk?: string;
	securityToken?: string;
	token?: string;
}

export interface ProfileFile extends Record<string, unknown> {
	profiles: Record<string, StoredProfile>;
	defaultProfile?: string;
}

const storedProfileSchema = {
	type: 'object',
	required: ['region', 'authKind', 'secretSource'],
	properties: {
		region: { type: 'string' },
		projectId: { type: 'string' },
		endpoint: { type: 'string' },
		authKind: { enum: ['aksk', 'temporary', 'token'] },
		secretSource: { enum: ['profile', 'env', 'credentials-file'] },
		ak: { type: 'string' },
		sk: { type: 'string' },
		securityToken: { type: 'string' },
		token: { type: 'string' },
	},
} as const;

export const profileFileSchema: Schema<ProfileFile> = {
	profiles: { type: 'object', additionalProperties: storedProfileSchema, default: {} },
	defaultProfile: { type: 'string' },
};

export const profileFileDefaults: ProfileFile = { profiles: {} };

interface SchemaOneProfile {
	region?: unknown;
	project?: unknown;
	endpoint?: unknown;
	accessKey?: unknown;
	secretKey?: unknown;
	[field: string]: unknown;
}

function migrateProfileFromSchemaOne(old: SchemaOneProfile): Record<string, unknown> {
	const { project, accessKey, secretKey, ...rest } = old;
	const migrated: Record<string, unknown> = { authKind: 'aksk', secretSource: 'env', ...rest };
	if (project !== undefined && migrated.projectId === undefined) migrated.projectId = project;
	if (accessKey !== undefined && migrated.ak === undefined) migrated.ak = accessKey;
	if (secretKey !== undefined && migrated.sk === undefined) migrated.sk = secretKey;
	if (migrated.sk !== undefined && rest.secretSource === undefined)
		migrated.secretSource = 'profile';
	return migrated;
}

export const profileFileMigrations = {
	'2.0.0': (store: Conf<ProfileFile>) => {
		const profiles = (store.get('profiles') ?? {}) as unknown as Record<string, SchemaOneProfile>;
		const migrated = Object.fromEntries(
			Object.entries(profiles).map(([name, old]) => [name, migrateProfileFromSchemaOne(old)]),
		);
		store.set('profiles', migrated as unknown as Record<string, StoredProfile>);

		const current = store.get('current' as keyof ProfileFile);
		if (typeof current === 'string' && store.get('defaultProfile') === undefined) {
			store.set('defaultProfile', current);
		}
		store.delete('current' as keyof ProfileFile);
	},
};
