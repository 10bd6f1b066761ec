// HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as curl reads them, through undici's EnvHttpProxyAgent.
// Node's fetch ignores these variables on its own. TLS through the agent still uses Node's
// default trust store, so NODE_EXTRA_CA_CERTS keeps working.
import { type Dispatcher, EnvHttpProxyAgent } from 'undici';

const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

export function hasProxySettings(env: NodeJS.ProcessEnv = process.env): boolean {
	return proxyVariables.some((name) => (env[name] ?? '') !== '');
}

function firstSet(env: NodeJS.ProcessEnv, names: string[]): string | undefined {
	return names.map((name) => env[name]).find((value) => value !== undefined && value !== '');
}

/** A dispatcher that routes through the proxy, or undefined when no proxy is configured. */
export function proxyDispatcherFromEnv(
	env: NodeJS.ProcessEnv = process.env,
): Dispatcher | undefined {
	if (!hasProxySettings(env)) return undefined;

	const options = {
		httpProxy: firstSet(env, ['http_proxy', 'HTTP_PROXY']),
		httpsProxy: firstSet(env, ['https_proxy', 'HTTPS_PROXY']),
		noProxy: firstSet(env, ['no_proxy', 'NO_PROXY']),
	};
	// undici flags the agent as experimental on stderr; a CLI must not print that to users.
	const emitWarning = process.emitWarning;
	process.emitWarning = () => undefined;
	try {
		return new EnvHttpProxyAgent(options);
	} finally {
		process.emitWarning = emitWarning;
	}
}
