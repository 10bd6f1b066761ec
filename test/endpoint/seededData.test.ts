import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../source/endpoint/demoCatalog.js';
import { planServices } from '../../source/endpoint/servicePlanner.js';

const anchor = 1_800_000_000_000;

function snapshotOf(seed: number) {
	const catalog = createCatalog(seed, anchor);
	return catalog.services.map((each) => ({
		base: each.base,
		newest: each.newest,
		logs: each.history().length,
	}));
}

describe('seeded demo data', () => {
	it('is the same for the same seed', () => {
		expect(snapshotOf(7)).toEqual(snapshotOf(7));
	});

	it('differs for another seed, but keeps the named services', () => {
		const names = (seed: number) => snapshotOf(seed).map((each) => each.base.service_name);

		expect(snapshotOf(7)).not.toEqual(snapshotOf(8));
		expect(names(8)).toEqual(
			expect.arrayContaining(['service-demo', 'face-recognition', 'bench-10000-updates']),
		);
	});

	it('does not build a history before it is asked for', () => {
		const catalog = createCatalog(7, anchor);
		const big = catalog.services.find((each) => each.base.service_name === 'bench-10000-updates');

		expect(big?.newest?.update_time).toBe(big?.history().at(-1)?.update_time);
	});

	it('puts secret-looking env vars and custom specs in the configs', () => {
		const configs = planServices(7, anchor);

		const envNames = new Set(configs.flatMap((each) => Object.keys(each.envs)));
		for (const secret of ['DB_PASSWORD', 'API_TOKEN', 'ACCESS_KEY'])
			expect(envNames).toContain(secret);
		expect(configs.some((each) => each.specification === 'custom' && each.customSpec)).toBe(true);
	});

	it('keeps names unique', () => {
		const names = planServices(7, anchor).map((each) => each.name);
		expect(new Set(names).size).toBe(names.length);
	});
});
