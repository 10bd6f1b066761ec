// Test helper: requests to a running demo endpoint, signed with its demo access key.
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { signRequest } from '../../source/signing/index.js';

export interface SignedResponse {
	status: number;
	headers: Headers;
	body: unknown;
	text: string;
}

export async function signedGet(
	endpoint: DemoEndpoint,
	path: string,
	key = { ak: endpoint.credentials.ak, sk: endpoint.credentials.sk },
	extraHeaders: Record<string, string> = {},
): Promise<SignedResponse> {
	const url = `${endpoint.url}${path}`;
	const headers = signRequest({ method: 'GET', url, headers: extraHeaders }, key);
	const response = await fetch(url, { headers });
	const text = await response.text();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		body = undefined;
	}
	return { status: response.status, headers: response.headers, body, text };
}

export function servicesPath(endpoint: DemoEndpoint, rest = ''): string {
	return `/v1/${endpoint.projectId}/services${rest}`;
}
