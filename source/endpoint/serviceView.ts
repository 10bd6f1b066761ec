// What a service looks like at the current moment of the endpoint's clock. Frozen services are
// their record; alive ones add what their live plan has done since the start (liveState.ts).
import type { ServiceDetail, ServiceEvent, UpdateLogEntry } from '../api/types.js';
import { detailAt } from './serviceDetail.js';
import type { ServiceRecord } from './serviceRecord.js';

export interface DemoClock {
	/** When the endpoint started, on its own clock. */
	startedAt: number;
	now(): number;
	/** Milliseconds per live step; 0 freezes the data. */
	paceMs: number;
}

export function detailOf(record: ServiceRecord, _clock: DemoClock): ServiceDetail {
	return detailAt({ base: record.base, newest: record.newest, nodes: record.nodes });
}

export function logsOf(record: ServiceRecord, _clock: DemoClock): UpdateLogEntry[] {
	return record.history();
}

export function eventsOf(record: ServiceRecord, _clock: DemoClock): ServiceEvent[] {
	return record.events();
}
