// The ShowService body of a demo service at a moment: the static description plus what its
// newest update decides (config, status, progress, edge nodes, update_time).
import type { EdgeNode, ServiceDetail, UpdateLogEntry } from '../api/types.js';
import { nodesAfter } from './edgeNodes.js';

export interface DetailInput {
	base: ServiceDetail;
	newest: UpdateLogEntry | undefined;
	/** The node objects of an edge service. */
	nodes?: EdgeNode[];
	/** Fraction of the newest update that is done, while it is RUNNING. */
	progress?: number;
}

function statusAfter(base: ServiceDetail, newest: UpdateLogEntry | undefined): string | undefined {
	if (!newest) return base.status;
	if (newest.result === 'RUNNING') return 'deploying';
	if (newest.result === 'FAIL') return base.infer_type === 'edge' ? 'concerning' : 'failed';
	return base.status === 'deploying' || base.status === 'failed' ? 'running' : base.status;
}

function runningProgress(input: DetailInput): number {
	if (input.progress === undefined) return input.base.progress ?? 0;
	return Math.min(99, Math.floor(input.progress * 100));
}

export function detailAt(input: DetailInput): ServiceDetail {
	const { base, newest, nodes } = input;
	if (!newest) return base;

	const status = statusAfter(base, newest);
	const isRunning = newest.result === 'RUNNING';
	const config = (newest.config ?? []).map((each) => ({
		...each,
		status: isRunning ? 'notReady' : 'ready',
		support_debug: false,
		...(nodes ? { nodes: nodesAfter(nodes, newest, newest.update_time) } : {}),
	}));

	return {
		...base,
		status,
		progress: isRunning ? runningProgress(input) : 100,
		update_time: newest.update_time,
		transition_at: Math.max(base.transition_at ?? 0, newest.update_time),
		config,
		...(status === 'failed' ? { error_msg: 'The last update failed; see the service events' } : {}),
	};
}
