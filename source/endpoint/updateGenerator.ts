// One update of a generated history, computed from its index alone, so the newest entry is
// known at once and a 10,000-entry history is built only when someone asks for it.
import type { ServiceLogConfig, UpdateLogEntry } from '../api/types.js';
import { edgeOutcome, nodeResults } from './edgeNodes.js';
import { modelConfig } from './modelConfig.js';
import { createRandom, deriveSeed, type Random } from './seededRandom.js';
import type { ServicePlan } from './servicePlan.js';

/** Versions count up with the index: 0 → 1.0.0, 37 → 1.3.7, 2136 → 3.3.6. */
export function versionAt(index: number): string {
	return `${1 + Math.floor(index / 1000)}.${Math.floor(index / 10) % 100}.${index % 10}`;
}

function resultAt(plan: ServicePlan, index: number, random: Random): string {
	const isNewest = index === plan.updateCount - 1;
	if (isNewest && plan.status === 'deploying') return 'RUNNING';
	if (isNewest && plan.status === 'failed') return 'FAIL';
	if (isNewest && plan.status === 'concerning' && plan.nodes) return 'FAIL';
	if (isNewest) return 'SUCCESS';
	return random.chance(plan.failRate) ? 'FAIL' : 'SUCCESS';
}

function configAt(plan: ServicePlan, index: number, random: Random): ServiceLogConfig[] {
	const model = plan.models[index % plan.models.length] ?? { id: plan.id, name: plan.name };
	const instances = plan.inferType === 'edge' ? 1 : random.int(1, 4);
	const choice = {
		specification: plan.specification,
		customSpec: plan.customSpec,
		envs: plan.envs,
		instances,
		clusterId: plan.clusterId,
	};

	const isCanary = index > 0 && plan.inferType === 'real-time' && random.chance(plan.canaryRate);
	if (!isCanary) return [modelConfig(model, { ...choice, version: versionAt(index) })];

	const canaryWeight = random.pick([10, 20, 30, 50]);
	return [
		modelConfig(model, { ...choice, version: versionAt(index - 1), weight: 100 - canaryWeight }),
		modelConfig(model, { ...choice, version: versionAt(index), weight: canaryWeight }),
	];
}

function edgeFields(plan: ServicePlan, result: string, random: Random) {
	const nodes = plan.nodes ?? [];
	if (result === 'RUNNING') return { success_num: 0, failed_num: 0, result_detail: [] };

	const failing = new Set<string>();
	const failures = result === 'FAIL' ? random.int(1, Math.min(6, nodes.length)) : 0;
	while (failing.size < failures) failing.add(random.pick(nodes).id ?? '');
	return edgeOutcome(nodeResults(nodes, failing));
}

export function updateTimeAt(plan: ServicePlan, index: number): number {
	const isNewest = index === plan.updateCount - 1;
	const jitter = isNewest
		? 0
		: createRandom(deriveSeed(plan.seed, `t${index}`)).int(0, plan.intervalMs / 3);
	return Math.floor(plan.firstUpdateAt + index * plan.intervalMs + jitter);
}

export function updateAt(plan: ServicePlan, index: number): UpdateLogEntry {
	const random = createRandom(deriveSeed(plan.seed, `u${index}`));
	const result = resultAt(plan, index, random);
	const entry: UpdateLogEntry = {
		update_time: updateTimeAt(plan, index),
		result,
		config: configAt(plan, index, random),
		extend_config: [],
	};
	if (plan.clusterId) entry.cluster_id = plan.clusterId;
	return plan.nodes ? { ...entry, ...edgeFields(plan, result, random) } : entry;
}

export function historyOf(plan: ServicePlan): UpdateLogEntry[] {
	return Array.from({ length: plan.updateCount }, (_, index) => updateAt(plan, index));
}
