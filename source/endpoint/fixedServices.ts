// Two hand-made services every seed contains, so tests and the tutorial can name them: a
// real-time service with successes, a failure and a weighted canary, and an edge service with
// per-node results. Their times are relative to the endpoint's start.
import type { ServiceDetail, UpdateLogEntry } from '../api/types.js';
import { demoProjectId } from './demoCredentials.js';
import { createEdgeNodes, edgeOutcome, nodeResults } from './edgeNodes.js';
import { type DemoModel, modelConfig } from './modelConfig.js';
import { createRandom } from './seededRandom.js';
import { eventsForHistory } from './serviceEvents.js';
import { lazy, type ServiceRecord } from './serviceRecord.js';

export const canaryServiceId = '7d0f3b5e-2c1a-4e8b-9f6d-a1b2c3d4e5f6';
export const canaryServiceName = 'face-recognition';
export const edgeServiceId = '3a9c7e51-6b2d-4f08-8e4a-0c1d2e3f4a5b';
export const edgeServiceName = '边缘质检服务';

const day = 86_400_000;
const faceModel: DemoModel = { id: 'c0ffee00-1111-4a2b-8c3d-000000000001', name: 'face-detector' };
const inspectModel: DemoModel = {
	id: 'c0ffee00-2222-4a2b-8c3d-000000000002',
	name: '缺陷检测模型',
};

function baseDetail(id: string, name: string, publishAt: number): ServiceDetail {
	return {
		service_id: id,
		service_name: name,
		tenant: demoProjectId,
		project: demoProjectId,
		owner: demoProjectId,
		publish_at: publishAt,
		workspace_id: '0',
		status: 'running',
		invocation_times: 18_342,
		failed_times: 27,
		is_shared: false,
		shared_count: 0,
		is_free: false,
		additional_properties: {},
	};
}

function canaryHistory(anchor: number): UpdateLogEntry[] {
	const at = (daysAgo: number) => anchor - daysAgo * day;
	const envs = { LOG_LEVEL: 'info', DB_PASSWORD: 'demo-Passw0rd!' };
	const entry = (time: number, result: string, ...config: ReturnType<typeof modelConfig>[]) => ({
		update_time: time,
		result,
		config,
		extend_config: [],
	});

	return [
		entry(at(30), 'SUCCESS', modelConfig(faceModel, { version: '1.0.0', envs })),
		entry(at(21), 'SUCCESS', modelConfig(faceModel, { version: '1.0.1', envs, instances: 2 })),
		entry(at(14), 'FAIL', modelConfig(faceModel, { version: '1.1.0', envs, instances: 2 })),
		entry(
			at(7),
			'SUCCESS',
			modelConfig(faceModel, { version: '1.0.1', weight: 80, envs, instances: 2 }),
			modelConfig(faceModel, { version: '1.1.1', weight: 20, envs, instances: 1 }),
		),
		entry(
			at(2),
			'SUCCESS',
			modelConfig(faceModel, {
				version: '1.1.1',
				envs,
				instances: 3,
				customSpec: { cpu: 2.5, memory: 4096, gpu_p4: 0.25 },
			}),
		),
	];
}

function canaryService(anchor: number): ServiceRecord {
	const history = lazy(() => canaryHistory(anchor));
	const base = {
		...baseDetail(canaryServiceId, canaryServiceName, anchor - 31 * day),
		description: '人脸识别在线推理服务（灰度发布示例）',
		infer_type: 'real-time',
		access_address: `https://infer.demo.local/v1/infers/${canaryServiceId}`,
		load_balancer_policy: 'ROUND_ROBIN',
	};

	return {
		base,
		newest: history().at(-1),
		history,
		events: lazy(() => eventsForHistory(history())),
	};
}

function edgeService(anchor: number): ServiceRecord {
	const nodes = createEdgeNodes(createRandom(4242), 8, anchor);
	const failing = new Set([nodes[2]?.id ?? '', nodes[5]?.id ?? '']);
	const config = [modelConfig(inspectModel, { version: '2.0.0', specification: 'custom' })];
	const history = lazy((): UpdateLogEntry[] => [
		{
			update_time: anchor - 9 * day,
			result: 'SUCCESS',
			config,
			...edgeOutcome(nodeResults(nodes, new Set())),
		},
		{
			update_time: anchor - 3 * day,
			result: 'FAIL',
			config,
			...edgeOutcome(nodeResults(nodes, failing)),
		},
	]);
	const base = {
		...baseDetail(edgeServiceId, edgeServiceName, anchor - 10 * day),
		description: '产线边缘节点上的缺陷检测',
		infer_type: 'edge',
		cluster_id: 'edge-pool-4f1e2d3c',
	};

	return {
		base,
		newest: history().at(-1),
		nodes,
		history,
		events: lazy(() => eventsForHistory(history())),
	};
}

export function fixedServices(anchor: number): ServiceRecord[] {
	return [canaryService(anchor), edgeService(anchor)];
}
