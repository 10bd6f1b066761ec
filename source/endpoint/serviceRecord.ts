// How the endpoint holds one demo service: its static description, and its history and events
// produced on first request (a history can hold 10,000 updates; start-up must stay fast).
import type { EdgeNode, ServiceDetail, ServiceEvent, UpdateLogEntry } from '../api/types.js';
import type { LivePlan } from './livePlan.js';

export interface ServiceRecord {
	/** What does not depend on the updates: names, owner, infer_type, publish_at… */
	base: ServiceDetail;
	/** The newest update at start, known without generating the whole history. */
	newest: UpdateLogEntry | undefined;
	/** The node objects of an edge service. */
	nodes?: EdgeNode[];
	/** The update log in ascending update_time. */
	history(): UpdateLogEntry[];
	/** Events in ascending occur_time, explaining every FAIL of the history. */
	events(): ServiceEvent[];
	/** Present for a service that keeps deploying while the endpoint runs. */
	live?: LivePlan;
}

/** Runs make() once, on the first call, and returns the same value afterwards. */
export function lazy<T>(make: () => T): () => T {
	let value: T | undefined;
	let isMade = false;

	return () => {
		if (!isMade) {
			value = make();
			isMade = true;
		}
		return value as T;
	};
}
