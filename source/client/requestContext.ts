// What an error message may say about the request that failed: where it went and which
// credential source was used, but never the secrets themselves (they are listed only so that
// any text echoed from the server can be scrubbed of them).

export type AuthKind = 'aksk' | 'temporary' | 'token';

export interface RequestContext {
	host: string;
	path: string;
	authKind: AuthKind;
	/** Where the credentials came from, e.g. "profile prod" or "HUAWEICLOUD_SDK_AK/SK". */
	credentialSource: string;
	projectId: string;
	secrets: readonly string[];
	/** Whether requests go through a proxy from HTTPS_PROXY/HTTP_PROXY. */
	isProxied?: boolean;
}
