// Finds, on the built-in endpoint, the services the benchmark needs by what they hold (update
// counts, a RUNNING entry), so it does not depend on generated names.
import type { ListServicesResponse, UpdateLogsResponse } from '../source/api/types.js';
import type { DemoEndpoint } from '../source/endpoint/demoEndpoint.js';

export interface FetchedLog {
	serviceName: string;
	serviceId: string;
	entries: number;
	isNewestRunning: boolean;
	/** The size of the ShowServiceUpdateLogs body, in bytes. */
	responseBytes: number;
}

async function fetchText(endpoint: DemoEndpoint, path: string): Promise<string> {
	const response = await fetch(`${endpoint.url}/v1/${endpoint.projectId}${path}`, {
		headers: { 'X-Auth-Token': endpoint.credentials.token },
	});
	if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
	return response.text();
}

export async function fetchAllLogs(endpoint: DemoEndpoint): Promise<FetchedLog[]> {
	const list = JSON.parse(
		await fetchText(endpoint, '/services?limit=1000'),
	) as ListServicesResponse;
	const logs: FetchedLog[] = [];
	for (const service of list.services) {
		const body = await fetchText(endpoint, `/services/${service.service_id}/logs`);
		const parsed = JSON.parse(body) as UpdateLogsResponse;
		const newest = [...parsed.logs].sort((a, b) => b.update_time - a.update_time)[0];
		logs.push({
			serviceName: service.service_name,
			serviceId: service.service_id,
			entries: parsed.logs.length,
			isNewestRunning: newest?.result === 'RUNNING',
			responseBytes: Buffer.byteLength(body),
		});
	}
	return logs;
}

export function serviceWithEntries(logs: FetchedLog[], entries: number): FetchedLog {
	const found = logs.find((log) => log.entries === entries);
	if (!found) {
		const sizes = logs.map((log) => log.entries).join(', ');
		throw new Error(`the endpoint has no service with ${entries} updates (it has ${sizes})`);
	}
	return found;
}
