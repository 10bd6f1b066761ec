// The decisions behind one generated service, made once from the seed; its records, history and
// events are all derived from these.
import type { CustomSpec, EdgeNode } from '../api/types.js';
import type { LivePlan } from './livePlan.js';
import type { DemoModel } from './modelConfig.js';

export interface ServicePlan {
	id: string;
	name: string;
	inferType: 'real-time' | 'edge' | 'batch';
	status: string;
	description: string;
	models: DemoModel[];
	specification: string;
	customSpec?: CustomSpec;
	envs: Record<string, string>;
	updateCount: number;
	/** update_time of the first update; later ones follow every intervalMs, with jitter. */
	firstUpdateAt: number;
	intervalMs: number;
	/** Share of updates (but the newest) that fail, and that are weighted canaries. */
	failRate: number;
	canaryRate: number;
	seed: number;
	clusterId?: string;
	nodes?: EdgeNode[];
	live?: LivePlan;
}
