// The records of the generated services: a ServiceDetail base per plan, the newest update at
// once, and the history and events only when first asked for.
import type { ServiceDetail } from '../api/types.js';
import { demoProjectId } from './demoCredentials.js';
import { createRandom, deriveSeed } from './seededRandom.js';
import { eventsForHistory } from './serviceEvents.js';
import type { ServicePlan } from './servicePlan.js';
import { planServices } from './servicePlanner.js';
import { lazy, type ServiceRecord } from './serviceRecord.js';
import { historyOf, updateAt } from './updateGenerator.js';

function batchFields(plan: ServicePlan, newestAt: number): Partial<ServiceDetail> {
	if (plan.inferType !== 'batch') return {};
	const isFinished = plan.status === 'finished' || plan.status === 'failed';
	return {
		start_time: newestAt,
		...(isFinished ? { finished_time: newestAt + 40 * 60_000 } : {}),
	};
}

function baseOf(plan: ServicePlan, newestAt: number): ServiceDetail {
	const random = createRandom(deriveSeed(plan.seed, 'base'));
	const invocations = plan.inferType === 'batch' ? 0 : random.int(0, 2_000_000);
	const hasSchedule = plan.inferType === 'real-time' && random.chance(0.2);

	return {
		service_id: plan.id,
		service_name: plan.name,
		description: plan.description,
		tenant: demoProjectId,
		project: demoProjectId,
		owner: demoProjectId,
		publish_at: plan.firstUpdateAt - random.int(1, 30) * 60_000,
		infer_type: plan.inferType,
		workspace_id: '0',
		status: plan.status,
		invocation_times: invocations,
		failed_times: Math.floor(invocations * random.next() * 0.01),
		is_shared: false,
		shared_count: 0,
		is_free: false,
		is_opened_sample_collection: false,
		operation_time: newestAt,
		transition_at: newestAt,
		additional_properties: {},
		...(plan.clusterId ? { cluster_id: plan.clusterId } : {}),
		...(plan.inferType === 'real-time'
			? { access_address: `https://infer.demo.local/v1/infers/${plan.id}` }
			: {}),
		...(hasSchedule
			? {
					schedule: [{ type: 'stop', time_unit: 'HOURS', duration: 2 }],
					due_time: newestAt + 2 * 3_600_000,
				}
			: {}),
		...batchFields(plan, newestAt),
	};
}

export function recordOf(plan: ServicePlan): ServiceRecord {
	const newest = updateAt(plan, plan.updateCount - 1);
	const history = lazy(() => historyOf(plan));

	return {
		base: baseOf(plan, newest.update_time),
		newest,
		nodes: plan.nodes,
		history,
		events: lazy(() => eventsForHistory(history())),
		live: plan.live,
	};
}

export function generatedServices(seed: number, anchor: number): ServiceRecord[] {
	return planServices(seed, anchor).map(recordOf);
}
