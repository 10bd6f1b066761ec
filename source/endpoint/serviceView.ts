// What a service looks like at the current moment of the endpoint's clock. Frozen services are
// their record; alive ones add what their live plan has done since the start (liveState.ts).
import type { ServiceDetail, ServiceEvent, UpdateLogEntry } from '../api/types.js';
import { liveUpdates } from './liveState.js';
import { detailAt } from './serviceDetail.js';
import { eventsForUpdate } from './serviceEvents.js';
import type { ServiceRecord } from './serviceRecord.js';

export interface DemoClock {
	/** When the endpoint started, on its own clock. */
	startedAt: number;
	now(): number;
	/** Milliseconds per live step; 0 freezes the data. */
	paceMs: number;
}

export function detailOf(record: ServiceRecord, clock: DemoClock): ServiceDetail {
	const newestLive = liveUpdates(record, clock).at(-1);
	if (!newestLive)
		return detailAt({ base: record.base, newest: record.newest, nodes: record.nodes });

	const { entry, progress } = newestLive;
	return detailAt({ base: record.base, newest: entry, nodes: record.nodes, progress });
}

export function logsOf(record: ServiceRecord, clock: DemoClock): UpdateLogEntry[] {
	const live = liveUpdates(record, clock);
	if (live.length === 0) return record.history();
	return [...record.history().slice(0, -1), ...live.map((each) => each.entry)];
}

export function eventsOf(record: ServiceRecord, clock: DemoClock): ServiceEvent[] {
	const live = liveUpdates(record, clock);
	if (live.length === 0) return record.events();

	// The history's events already hold the start of the update that was RUNNING at start.
	const liveEvents = live.flatMap((each, number) =>
		eventsForUpdate(each.entry, each.finishesAt).slice(number === 0 ? 1 : 0),
	);
	return [...record.events(), ...liveEvents].sort(
		(left, right) => left.occur_time - right.occur_time,
	);
}
