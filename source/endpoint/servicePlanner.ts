// Turns the seed into the plans of the generated services: names, models, flavors, env vars,
// edge fleets, history sizes and times. Plans are cheap; histories come later, on request.
import { demoProjectId } from './demoCredentials.js';
import {
	chineseNames,
	descriptions,
	englishNames,
	nameSuffixes,
	plainEnvs,
	secretEnvs,
	specifications,
} from './demoVocabulary.js';
import { createEdgeNodes } from './edgeNodes.js';
import { createRandom, deriveSeed, type Random } from './seededRandom.js';
import type { ServicePlan } from './servicePlan.js';
import { generatedServiceCount, type ServiceRole, serviceRoles } from './serviceRoles.js';

const hour = 3_600_000;

function randomRole(random: Random): ServiceRole {
	const inferType = random.pick(['real-time', 'real-time', 'real-time', 'edge', 'batch'] as const);
	const status = random.pick(['running', 'running', 'running', 'stopped', 'failed']);
	return { inferType, status, nodeCount: inferType === 'edge' ? random.int(3, 12) : undefined };
}

function uniqueName(random: Random, taken: Set<string>): string {
	const pool = random.chance(0.5) ? chineseNames : englishNames;
	let name = `${random.pick(pool)}${random.pick(nameSuffixes)}`;
	for (let counter = 2; taken.has(name); counter += 1)
		name = `${name.replace(/-\d+$/, '')}-${counter}`;
	return name;
}

function envsFor(random: Random): Record<string, string> {
	const envs: Record<string, string> = {};
	for (const [name, values] of plainEnvs) if (random.chance(0.6)) envs[name] = random.pick(values);
	for (const [name, values] of secretEnvs) if (random.chance(0.4)) envs[name] = random.pick(values);
	return envs;
}

function timing(random: Random, role: ServiceRole, count: number, anchor: number) {
	const intervalMs = count > 500 ? random.int(1, 4) * hour : random.int(2, 96) * hour;
	const ageMs = role.status === 'deploying' ? random.int(1, 4) * 60_000 : random.int(1, 480) * hour;
	return { intervalMs, firstUpdateAt: anchor - ageMs - (count - 1) * intervalMs };
}

function planFor(seed: number, index: number, anchor: number, taken: Set<string>): ServicePlan {
	const random = createRandom(deriveSeed(seed, `service-${index}`));
	const role = serviceRoles[index] ?? randomRole(random);
	const inferType = role.inferType ?? 'real-time';
	const name = role.name ?? uniqueName(random, taken);
	taken.add(name);

	const updateCount =
		role.updateCount ?? (inferType === 'batch' ? random.int(1, 3) : random.int(2, 24));
	const isCustom = inferType === 'real-time' && random.chance(0.25);
	const modelName = `${name.replace(/-(prod|staging|v2|gray|cn|\d+)$/, '')}-model`;

	return {
		id: random.uuid(),
		name,
		inferType,
		status: role.status ?? 'running',
		description: random.pick(descriptions),
		models: Array.from({ length: random.int(1, 2) }, (_, each) => ({
			id: random.uuid(),
			name: each === 0 ? modelName : `${modelName}-lite`,
		})),
		specification: isCustom ? 'custom' : random.pick(specifications),
		customSpec: isCustom
			? {
					cpu: random.pick([0.5, 1, 2.5, 4]),
					memory: random.pick([1024, 4096, 8192]),
					gpu_p4: random.pick([0, 0.25, 1]),
				}
			: undefined,
		envs: envsFor(random),
		updateCount,
		...timing(random, role, updateCount, anchor),
		failRate: random.pick([0.05, 0.15, 0.3]),
		canaryRate: role.canaryRate ?? random.pick([0, 0.1, 0.2]),
		seed: deriveSeed(seed, `history-${index}`),
		clusterId: random.chance(0.3) ? `${random.hex(8)}${demoProjectId.slice(8)}` : undefined,
		nodes: role.nodeCount ? createEdgeNodes(random, role.nodeCount, anchor) : undefined,
		live: role.isLive
			? {
					firstFinishStep: random.int(2, 4),
					cycleSteps: random.int(8, 12),
					deploySteps: random.int(2, 4),
					phaseSteps: random.int(0, 3),
					canaryRate: role.canaryRate ?? 0,
					seed: deriveSeed(seed, `live-${index}`),
				}
			: undefined,
	};
}

export function planServices(seed: number, anchor: number): ServicePlan[] {
	const taken = new Set<string>(['service-demo', 'face-recognition', '边缘质检服务']);
	return Array.from({ length: generatedServiceCount }, (_, index) =>
		planFor(seed, index, anchor, taken),
	);
}
