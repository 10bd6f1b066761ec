import { describe, expect, it } from 'vitest';
import type { UpdateLogEntry } from '../../source/api/types.js';
import {
	filterUpdateLogRows,
	positionText,
	toUpdateLogRows,
} from '../../source/presentation/updateLogRows.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const NOW = 1586250930708 + 3 * 60_000;
const options = { nowMs: NOW, zone: 'utc' as const };

const older: UpdateLogEntry = {
	update_time: 1586250930708 - 86_400_000,
	result: 'SUCCESS',
	config: [
		{
			model_name: 'model-demo',
			model_version: '0.0.1',
			weight: 100,
			instance_count: 1,
			specification: 'modelarts.vm.cpu.2u',
		},
	],
};
const newer: UpdateLogEntry = {
	update_time: 1586250930708,
	result: 'FAIL',
	cluster_id: 'pool-7',
	config: [
		{
			model_id: 'm-a',
			model_name: 'model-demo',
			model_version: '0.0.2',
			weight: 80,
			instance_count: 2,
			specification: 'modelarts.vm.cpu.2u',
		},
		{
			model_name: '分类模型',
			model_version: '1.0',
			weight: 20,
			instance_count: 1,
			specification: 'custom',
			custom_spec: { cpu: 2, memory: 4096 },
		},
	],
};

describe('toUpdateLogRows', () => {
	it('puts the newest first whatever order the API used', () => {
		const rows = toUpdateLogRows([older, newer], options);

		expect(rows.map((row) => row.entry)).toEqual([newer, older]);
	});

	it('formats one row from an entry', () => {
		const [row] = toUpdateLogRows([newer], options);

		expect(row).toMatchObject({
			key: '1586250930708',
			time: '2020-04-07 09:15:30',
			age: '3m ago',
			result: 'FAIL',
			resultSymbol: glyphs.fail,
			resultTone: 'bad',
			models: 'model-demo@0.0.2 80%, 分类模型@1.0 20%',
			instances: '2+1',
			specification: 'modelarts.vm.cpu.2u, custom(2 cpu, 4,096 MB)',
		});
		expect(row?.nodes).toBeUndefined();
	});

	it('adds node counts for edge services', () => {
		const edge = { update_time: 5, result: 'RUNNING', success_num: 48, failed_num: 2 };
		const [row] = toUpdateLogRows([edge], { ...options, inferType: 'edge' });

		expect(row?.nodes).toBe(`48${glyphs.success} 2${glyphs.fail}`);
		expect(row?.resultSymbol).toBe(glyphs.running);
		expect(row?.models).toBe(glyphs.none);
	});

	it('keeps keys unique when two entries share a time', () => {
		const rows = toUpdateLogRows([newer, { ...newer }], options);

		expect(rows.map((row) => row.key)).toEqual(['1586250930708', '1586250930708#2']);
	});

	it('reads an unknown result without crashing', () => {
		const [row] = toUpdateLogRows([{ update_time: 1, result: 'rolling back' }], options);

		expect(row).toMatchObject({ result: 'ROLLING BACK', resultSymbol: glyphs.unknown });
	});

	it('is empty for an empty history', () => {
		expect(toUpdateLogRows([], options)).toEqual([]);
	});
});

describe('filterUpdateLogRows', () => {
	const rows = toUpdateLogRows([older, newer], options);

	it('keeps all rows without a filter', () => {
		expect(filterUpdateLogRows(rows, {})).toBe(rows);
	});

	it('filters by result', () => {
		expect(filterUpdateLogRows(rows, { result: 'FAIL' }).map((row) => row.entry)).toEqual([newer]);
		expect(filterUpdateLogRows(rows, { result: 'RUNNING' })).toEqual([]);
	});

	it('filters by text in any column or id, ignoring case', () => {
		expect(filterUpdateLogRows(rows, { text: '0.0.1' }).map((row) => row.entry)).toEqual([older]);
		expect(filterUpdateLogRows(rows, { text: 'POOL-7' }).map((row) => row.entry)).toEqual([newer]);
		expect(filterUpdateLogRows(rows, { text: 'm-a' }).map((row) => row.entry)).toEqual([newer]);
		expect(filterUpdateLogRows(rows, { text: '分类' }).map((row) => row.entry)).toEqual([newer]);
	});

	it('combines text and result', () => {
		expect(filterUpdateLogRows(rows, { text: 'model-demo', result: 'SUCCESS' })).toHaveLength(1);
	});
});

describe('positionText', () => {
	it('reads like 21–40 of 2,137', () => {
		expect(positionText(21, 40, 2137)).toBe(`21${glyphs.rangeDash}40 of 2,137`);
		expect(positionText(0, 0, 0)).toBe('0 of 0');
	});
});
