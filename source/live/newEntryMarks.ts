// Entries that arrived recently stay marked for a while, so a user who looked away still sees
// what is new. A mark is an update_time and the moment it stops being new.
export const newEntryHoldMs = 60_000;

export type NewEntryMarks = ReadonlyMap<number, number>;

export const noMarks: NewEntryMarks = new Map();

/** Adds marks for the given update times and drops the ones whose time is up. */
export function refreshNewEntryMarks(
	marks: NewEntryMarks,
	newUpdateTimes: readonly number[],
	now: number,
	holdMs = newEntryHoldMs,
): NewEntryMarks {
	const kept = [...marks].filter(([, until]) => until > now);
	if (kept.length === marks.size && newUpdateTimes.length === 0) return marks;

	const next = new Map(kept);
	for (const updateTime of newUpdateTimes) next.set(updateTime, now + holdMs);
	return next;
}

export function markedUpdateTimes(marks: NewEntryMarks): ReadonlySet<number> {
	return new Set(marks.keys());
}
