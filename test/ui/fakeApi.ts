// The one fake ModelArtsApi of the UI tests: services and logs from plain values, every call
// recorded, and failures on demand.
import type {
	ServiceEventsResponse,
	ServiceSummary,
	UpdateLogEntry,
	UpdateLogsResponse,
} from '../../source/api/types.js';
import type { ModelArtsApi } from '../../source/client/modelArtsApi.js';
import { documentedLogs } from '../../source/endpoint/documentedExample.js';

export interface FakeApi extends ModelArtsApi {
	calls: string[];
	services: ServiceSummary[];
	logs: Map<string, UpdateLogsResponse>;
	failNext?: Error;
}

const [documented] = documentedLogs() as [UpdateLogEntry];
const [documentedConfig] = documented.config ?? [];

/** The documented example's entry, with env values to mask. */
export const demoEntry: UpdateLogEntry = {
	...documented,
	config: [{ ...documentedConfig, envs: { API_TOKEN: 'tok-very-secret', LOG_LEVEL: 'debug' } }],
};

export function service(id: string, name: string, extra: Partial<ServiceSummary> = {}) {
	return {
		service_id: id,
		service_name: name,
		infer_type: 'real-time',
		status: 'running',
		...extra,
	};
}

/** `count` entries a minute apart, newest at `newest`, alternating results. */
export function history(count: number, newest = Date.UTC(2026, 0, 1)): UpdateLogEntry[] {
	const results = ['SUCCESS', 'FAIL', 'SUCCESS', 'SUCCESS'];
	return Array.from({ length: count }, (_, index) => ({
		update_time: newest - index * 60_000,
		result: results[index % results.length] ?? 'SUCCESS',
		config: [
			{ model_name: 'resnet', model_version: `1.${count - index}`, weight: 100, instance_count: 2 },
		],
	}));
}

export function createFakeApi(
	services: ServiceSummary[] = [service('svc-demo', 'service-demo')],
	logs: Record<string, UpdateLogEntry[]> = { 'svc-demo': [demoEntry] },
): FakeApi {
	const fake: FakeApi = {
		calls: [],
		services,
		logs: new Map(
			Object.entries(logs).map(([id, entries]) => [
				id,
				{ service_id: id, service_name: nameOf(services, id), logs: entries },
			]),
		),
		async listServices() {
			fake.calls.push('listServices');
			throwIfAsked(fake);
			return fake.services;
		},
		async showService(serviceId) {
			fake.calls.push(`showService ${serviceId}`);
			return (
				fake.services.find((each) => each.service_id === serviceId) ?? service(serviceId, serviceId)
			);
		},
		async showUpdateLogs(serviceId) {
			fake.calls.push(`showUpdateLogs ${serviceId}`);
			throwIfAsked(fake);
			return (
				fake.logs.get(serviceId) ?? { service_id: serviceId, service_name: serviceId, logs: [] }
			);
		},
		async listEvents(serviceId): Promise<ServiceEventsResponse> {
			fake.calls.push(`listEvents ${serviceId}`);
			return {
				events: [
					{
						event_type: 'abnormal',
						event_info: 'image pull failed: 镜像拉取失败',
						occur_time: 1586250931000,
					},
				],
			};
		},
	};
	return fake;
}

function nameOf(services: ServiceSummary[], id: string): string {
	return services.find((each) => each.service_id === id)?.service_name ?? id;
}

function throwIfAsked(fake: FakeApi): void {
	const failure = fake.failNext;
	if (!failure) return;
	fake.failNext = undefined;
	throw failure;
}
