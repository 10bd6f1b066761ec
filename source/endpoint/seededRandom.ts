// A small deterministic random source, so the same seed always produces the same demo data.
// Each service draws from its own derived stream, which keeps lazily generated histories
// independent of the order in which they are first requested.

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
	hex(length: number): string;
	uuid(): string;
}

/** Mixes a label into a seed (FNV-1a), giving an independent stream per label. */
export function deriveSeed(seed: number, label: string): number {
	let hash = (2166136261 ^ seed) >>> 0;
	for (let index = 0; index < label.length; index += 1) {
		hash ^= label.charCodeAt(index);
		hash = Math.imul(hash, 16777619) >>> 0;
	}
	return hash;
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;

	// mulberry32: tiny, fast and good enough for demo data.
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let mixed = Math.imul(state ^ (state >>> 15), state | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const hex = (length: number): string =>
		Array.from({ length }, () => int(0, 15).toString(16)).join('');

	return {
		next,
		int,
		hex,
		pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
		chance: (probability: number) => next() < probability,
		uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${int(8, 11).toString(16)}${hex(3)}-${hex(12)}`,
	};
}
