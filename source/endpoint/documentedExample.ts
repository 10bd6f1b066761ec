// The example response of the ShowServiceUpdateLogs page (ShowServiceUpdateLogs.zh.md),
// served verbatim: one RUNNING update from 2020-04-07 that never changes.
import type { ServiceDetail, ServiceEvent, UpdateLogEntry } from '../api/types.js';
import { demoProjectId } from './demoCredentials.js';
import { lazy, type ServiceRecord } from './serviceRecord.js';

export const documentedServiceId = 'e2122bbd-f7c8-4bf8-bacc-59616276194b';
export const documentedServiceName = 'service-demo';
export const documentedUpdateTime = 1586250930708;

const clusterId = '2c9080f86d37da64016d381fe5940002';

export function documentedLogs(): UpdateLogEntry[] {
	return [
		{
			config: [
				{
					model_id: 'f565ac47-6239-4e8c-b2dc-0665dc52e302',
					model_name: 'model-demo',
					model_version: '0.0.1',
					specification: 'modelarts.vm.cpu.2u',
					custom_spec: {},
					weight: 100,
					instance_count: 1,
					scaling: false,
					envs: {},
					cluster_id: clusterId,
				},
			],
			extend_config: [],
			update_time: documentedUpdateTime,
			result: 'RUNNING',
			cluster_id: clusterId,
		},
	];
}

function documentedDetail(): ServiceDetail {
	return {
		service_id: documentedServiceId,
		service_name: documentedServiceName,
		description: 'The example of the ShowServiceUpdateLogs documentation page',
		tenant: demoProjectId,
		project: demoProjectId,
		owner: demoProjectId,
		publish_at: 1586249085447,
		update_time: documentedUpdateTime,
		infer_type: 'real-time',
		workspace_id: '0',
		status: 'deploying',
		progress: 50,
		cluster_id: clusterId,
		invocation_times: 0,
		failed_times: 0,
		is_shared: false,
		shared_count: 0,
		operation_time: documentedUpdateTime,
		transition_at: documentedUpdateTime,
		is_free: false,
		additional_properties: {},
	};
}

export function documentedService(): ServiceRecord {
	const history = lazy(documentedLogs);
	const events = (): ServiceEvent[] => [
		{
			occur_time: documentedUpdateTime,
			event_type: 'normal',
			event_info: 'Start to update service: model-demo 0.0.1 (weight 100)',
		},
	];
	return { base: documentedDetail(), newest: history()[0], history, events };
}
