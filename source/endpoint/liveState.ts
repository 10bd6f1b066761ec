// The live part of an alive service at a moment: the update RUNNING at start finishes after a
// few steps, then a new update starts every cycle, runs for a few steps and finishes as SUCCESS
// or FAIL; edge nodes report one by one in between. All of it is a function of elapsed time.
import type { UpdateLogEntry } from '../api/types.js';
import { edgeOutcome } from './edgeNodes.js';
import { liveOutcome } from './liveOutcome.js';
import type { LivePlan } from './livePlan.js';
import type { ServiceRecord } from './serviceRecord.js';
import type { DemoClock } from './serviceView.js';

export interface LiveUpdate {
	entry: UpdateLogEntry;
	finishesAt: number;
	/** How much of the update is done, 0..1. */
	progress: number;
}

function startOf(plan: LivePlan, clock: DemoClock, number: number): number {
	const steps = plan.firstFinishStep + plan.phaseSteps + 1 + (number - 1) * plan.cycleSteps;
	return clock.startedAt + steps * clock.paceMs;
}

function startedCount(plan: LivePlan, clock: DemoClock): number {
	const elapsedSteps = (clock.now() - clock.startedAt) / clock.paceMs;
	const firstStart = plan.firstFinishStep + plan.phaseSteps + 1;
	return elapsedSteps < firstStart
		? 0
		: Math.floor((elapsedSteps - firstStart) / plan.cycleSteps) + 1;
}

function liveUpdate(record: ServiceRecord, plan: LivePlan, clock: DemoClock, number: number) {
	const initial = record.newest as UpdateLogEntry;
	const outcome = liveOutcome(plan, number, initial.config ?? [], record.nodes);
	const startedAt = number === 0 ? clock.startedAt : startOf(plan, clock, number);
	const steps = number === 0 ? plan.firstFinishStep : plan.deploySteps;
	const finishesAt = startedAt + steps * clock.paceMs;
	const progress = Math.min(1, Math.max(0, (clock.now() - startedAt) / (finishesAt - startedAt)));

	const entry: UpdateLogEntry = {
		...initial,
		update_time: number === 0 ? initial.update_time : startedAt,
		config: outcome.config,
		result: progress < 1 ? 'RUNNING' : outcome.isFailure ? 'FAIL' : 'SUCCESS',
	};
	if (record.nodes) {
		const nodes = new Map(record.nodes.map((each) => [each.id ?? '', each]));
		const done = outcome.nodeOrder.slice(0, Math.floor(outcome.nodeOrder.length * progress));
		const results = done.map((id) => ({
			node_id: id,
			node_name: nodes.get(id)?.name,
			operation: 'deploy',
			result: !outcome.failingNodes.has(id),
		}));
		Object.assign(entry, edgeOutcome(results));
	}
	return { entry, finishesAt, progress };
}

/** The live updates so far, oldest first; empty when the service is not alive or time is frozen. */
export function liveUpdates(record: ServiceRecord, clock: DemoClock): LiveUpdate[] {
	const plan = record.live;
	if (!plan || clock.paceMs <= 0 || record.newest?.result !== 'RUNNING') return [];

	const count = startedCount(plan, clock);
	return Array.from({ length: count + 1 }, (_, number) => liveUpdate(record, plan, clock, number));
}
