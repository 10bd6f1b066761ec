// The demo endpoint's fixed identity. These values are printed on start and written in the
// README: they protect nothing, they only let a client exercise the real authentication paths.

export const demoRegion = 'cn-north-4';

export const demoProjectId = '5f3c2a9e8b7d4c1fa0e6b2d9c8a7f413';

export const demoDomainId = '9a8b7c6d5e4f40312a1b2c3d4e5f6a7b';

/** A long-lived access key pair; requests signed with it need no security token. */
export const demoAccessKey = {
	ak: 'MALOGDEMOACCESSKEY01',
	sk: 'malogDemoSecretKeyPrintedOnStartNotSecret',
} as const;

/** A temporary access key pair, accepted only together with demoSecurityToken. */
export const demoTemporaryAccessKey = {
	ak: 'MALOGDEMOTEMPORARY01',
	sk: 'malogDemoTemporarySecretKeyNotSecret0001',
} as const;

export const demoSecurityToken = 'malog-demo-security-token-for-temporary-credentials';

/** Accepted in X-Auth-Token instead of a signature. */
export const demoToken = 'MIIdemo.malog-demo-token.not-a-real-iam-token';
