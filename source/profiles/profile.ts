// A saved profile: where to connect and how to authenticate. Secrets are stored in the profile
// only when secretSource is 'profile'; otherwise they are read, when needed, from the
// environment or the SDK credentials file.

export type AuthKind = 'aksk' | 'temporary' | 'token';

export type SecretSource = 'profile' | 'env' | 'credentials-file';

export interface Profile {
	name: string;
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
