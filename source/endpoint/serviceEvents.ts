// The events ShowServiceEvents returns, derived from an update log: every update starts with a
// normal event, and every FAIL is explained by abnormal ones (per failed node for edge).
import type { ServiceEvent, UpdateLogEntry } from '../api/types.js';
import { nodeFailureMessage } from './edgeNodes.js';

const failureReasons = [
	'Failed to pull image swr.cn-north-4.myhuaweicloud.com/modelarts/{model}:{version}: not found',
	'Insufficient resources: 0/12 nodes are available: 12 Insufficient cpu',
	'Container of model {model} {version} exited with code 137 (OOMKilled)',
	'Health check of model {model} {version} failed: GET /health returned 503 for 300 s',
	'Model {model} {version} failed to load: No module named "torchvision"',
];

function describeModels(entry: UpdateLogEntry): string {
	const models = (entry.config ?? []).map((each) => {
		const weight = each.weight === undefined ? '' : ` (weight ${each.weight})`;
		return `${each.model_name ?? '?'} ${each.model_version ?? '?'}${weight}`;
	});
	return models.join(', ') || 'no model';
}

/** When a historical update finished: a few minutes after it started, fixed by its start. */
export function historicalFinishTime(entry: UpdateLogEntry): number {
	return entry.update_time + 60_000 + (entry.update_time % 240_000);
}

function failureEvents(entry: UpdateLogEntry, finishedAt: number): ServiceEvent[] {
	const failedNodes = (entry.result_detail ?? []).filter((each) => each.result === false);
	const abnormal = (event_info: string, offset: number): ServiceEvent => ({
		occur_time: finishedAt - offset,
		event_type: 'abnormal',
		event_info,
	});

	if (failedNodes.length > 0) {
		const perNode = failedNodes.map((node, index) =>
			abnormal(
				`Node ${node.node_name} failed to deploy: ${nodeFailureMessage(node)}`,
				1000 + index,
			),
		);
		const total = entry.result_detail?.length ?? 0;
		const summary = `Edge update failed on ${failedNodes.length} of ${total} nodes`;
		return [...perNode, abnormal(summary, 0)];
	}

	const model = entry.config?.[entry.config.length - 1];
	const reason = (failureReasons[entry.update_time % failureReasons.length] ?? '')
		.replaceAll('{model}', model?.model_name ?? 'model')
		.replaceAll('{version}', model?.model_version ?? '');
	return [abnormal(reason, 1000), abnormal('Service update failed, rolled back', 0)];
}

/** The events of one update; finishedAt is ignored while it is RUNNING. */
export function eventsForUpdate(entry: UpdateLogEntry, finishedAt: number): ServiceEvent[] {
	const started: ServiceEvent = {
		occur_time: entry.update_time,
		event_type: 'normal',
		event_info: `Start to update service: ${describeModels(entry)}`,
	};
	if (entry.result === 'RUNNING') return [started];
	if (entry.result === 'FAIL') return [started, ...failureEvents(entry, finishedAt)];

	const done = entry.result_detail
		? `Deployed on ${entry.success_num} of ${entry.result_detail.length} nodes`
		: 'Service updated successfully';
	return [started, { occur_time: finishedAt, event_type: 'normal', event_info: done }];
}

export function eventsForHistory(history: UpdateLogEntry[]): ServiceEvent[] {
	return history
		.flatMap((entry) => eventsForUpdate(entry, historicalFinishTime(entry)))
		.sort((left, right) => left.occur_time - right.occur_time);
}
