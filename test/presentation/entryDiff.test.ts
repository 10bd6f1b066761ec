import { describe, expect, it } from 'vitest';
import type { UpdateLogEntry } from '../../source/api/types.js';
import { diffEntries, previousEntry } from '../../source/presentation/entryDiff.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const sep = glyphs.separator;

const before: UpdateLogEntry = {
	update_time: 1000,
	result: 'SUCCESS',
	cluster_id: 'pool-1',
	config: [
		{
			model_id: 'a',
			model_name: 'ranker',
			model_version: '1.0',
			weight: 100,
			instance_count: 1,
			specification: 'modelarts.vm.cpu.2u',
			envs: { DB_PASSWORD: 'old-secret', MODE: 'fast', GONE: 'x' },
		},
		{ model_id: 'b', model_name: 'old-model', model_version: '0.1' },
	],
};

const after: UpdateLogEntry = {
	update_time: 2000,
	result: 'RUNNING',
	cluster_id: 'pool-2',
	config: [
		{
			model_id: 'a',
			model_name: 'ranker',
			model_version: '1.1',
			weight: 80,
			instance_count: 3,
			specification: 'custom',
			custom_spec: { cpu: 4, memory: 8192 },
			envs: { DB_PASSWORD: 'new-secret', MODE: 'safe', ADDED: 'y' },
		},
		{ model_id: 'c', model_name: 'new-model', model_version: '2.0', weight: 20 },
	],
};

describe('diffEntries', () => {
	const lines = diffEntries(before, after);
	const find = (path: string) => lines.find((line) => line.path === path);

	it('reports models added and removed', () => {
		expect(lines).toContainEqual({ kind: 'added', path: 'model', after: 'new-model@2.0' });
		expect(lines).toContainEqual({ kind: 'removed', path: 'model', before: 'old-model@0.1' });
	});

	it('reports version, weight, instances, spec and cluster changes', () => {
		expect(find(`ranker ${sep} model_version`)).toEqual({
			kind: 'changed',
			path: `ranker ${sep} model_version`,
			before: '1.0',
			after: '1.1',
		});
		expect(find(`ranker ${sep} weight`)).toMatchObject({ before: '100', after: '80' });
		expect(find(`ranker ${sep} instance_count`)).toMatchObject({ before: '1', after: '3' });
		expect(find(`ranker ${sep} specification`)).toMatchObject({ after: 'custom' });
		expect(find(`ranker ${sep} custom_spec.cpu`)).toMatchObject({ kind: 'added', after: '4' });
		expect(find(`entry ${sep} cluster_id`)).toMatchObject({ before: 'pool-1', after: 'pool-2' });
	});

	it('reports env keys added, removed and changed without any value', () => {
		expect(find(`ranker ${sep} envs.ADDED`)?.kind).toBe('added');
		expect(find(`ranker ${sep} envs.GONE`)?.kind).toBe('removed');
		expect(find(`ranker ${sep} envs.MODE`)?.kind).toBe('changed');
		expect(find(`ranker ${sep} envs.DB_PASSWORD`)?.kind).toBe('changed');

		const shown = JSON.stringify(lines);

		for (const value of ['old-secret', 'new-secret', 'fast', 'safe', '"x"', '"y"']) {
			expect(shown).not.toContain(value);
		}
	});

	it('pairs configs by name when ids are missing', () => {
		const old = { update_time: 1, result: 'SUCCESS', config: [{ model_name: 'm', weight: 50 }] };
		const cur = { update_time: 2, result: 'SUCCESS', config: [{ model_name: 'm', weight: 60 }] };

		expect(diffEntries(old, cur)).toEqual([
			{ kind: 'changed', path: `m ${sep} weight`, before: '50', after: '60' },
		]);
	});

	it('says so when nothing changed or there is nothing before', () => {
		expect(diffEntries(before, { ...before, update_time: 3000 })).toEqual([
			{ kind: 'same-note', path: 'no configuration changes since the previous update' },
		]);
		expect(diffEntries(undefined, after)[0]?.kind).toBe('same-note');
	});

	it('survives configs that are not arrays', () => {
		const broken = { update_time: 3, result: 'FAIL', config: 7 as never };

		expect(diffEntries(broken, after).filter((line) => line.kind === 'added')).toHaveLength(2);
	});
});

describe('previousEntry', () => {
	it('finds the newest entry older than the one given, in any order', () => {
		const third = { update_time: 3000, result: 'FAIL' };

		expect(previousEntry([third, before, after], third)).toBe(after);
		expect(previousEntry([third, before, after], before)).toBeUndefined();
	});
});
