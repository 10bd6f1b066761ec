// How each live update of a service turns out, fixed by the service's live seed and the
// update's number: its config, whether it fails, and for edge the failing nodes and the order
// in which nodes finish.
import type { EdgeNode, ServiceLogConfig } from '../api/types.js';
import type { LivePlan } from './livePlan.js';
import { createRandom, deriveSeed } from './seededRandom.js';

export interface LiveOutcome {
	config: ServiceLogConfig[];
	isFailure: boolean;
	/** Edge only: node ids in the order they finish, and the ones that fail. */
	nodeOrder: string[];
	failingNodes: Set<string>;
}

function bumpVersion(version: string | undefined, by: number): string {
	const parts = (version ?? '1.0.0').split('.').map((each) => Number.parseInt(each, 10) || 0);
	while (parts.length < 3) parts.push(0);
	parts[parts.length - 1] = (parts.at(-1) ?? 0) + by;
	return parts.join('.');
}

function liveConfig(base: ServiceLogConfig[], number: number, isCanary: boolean) {
	const newest = base.at(-1) ?? {};
	const next = { ...newest, weight: 100, model_version: bumpVersion(newest.model_version, number) };
	if (!isCanary) return [next];

	const previous = {
		...newest,
		weight: 80,
		model_version: bumpVersion(newest.model_version, number - 1),
	};
	return [previous, { ...next, weight: 20 }];
}

/** Update number 0 is the one RUNNING at start; its config is the one it already has. */
export function liveOutcome(
	plan: LivePlan,
	number: number,
	startConfig: ServiceLogConfig[],
	nodes: EdgeNode[] | undefined,
): LiveOutcome {
	const random = createRandom(deriveSeed(plan.seed, `live-update-${number}`));
	const isCanary = number > 0 && random.chance(plan.canaryRate ?? 0);
	const config = number === 0 ? startConfig : liveConfig(startConfig, number, isCanary);

	const nodeOrder = (nodes ?? []).map((each) => each.id ?? '');
	for (let index = nodeOrder.length - 1; index > 0; index -= 1) {
		const other = random.int(0, index);
		[nodeOrder[index], nodeOrder[other]] = [nodeOrder[other] ?? '', nodeOrder[index] ?? ''];
	}
	const failureCount = nodes && random.chance(0.5) ? random.int(1, Math.min(4, nodes.length)) : 0;
	const failingNodes = new Set(
		nodeOrder.filter((_, index) => index % 7 === 3).slice(0, failureCount),
	);

	return {
		config,
		isFailure: nodes ? failingNodes.size > 0 : random.chance(0.35),
		nodeOrder,
		failingNodes,
	};
}
