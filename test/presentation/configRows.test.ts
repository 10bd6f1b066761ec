import { describe, expect, it } from 'vitest';
import type { UpdateLogEntry } from '../../source/api/types.js';
import { configRows, entryConfigs } from '../../source/presentation/configRows.js';
import { glyphs } from '../../source/terminal/glyphs.js';

describe('configRows', () => {
	it('summarises each model config of an entry', () => {
		const entry: UpdateLogEntry = {
			update_time: 1,
			result: 'SUCCESS',
			config: [
				{
					model_name: '分类\u001b[5m',
					model_version: '1.0',
					weight: 70,
					instance_count: 2,
					specification: 'modelarts.vm.gpu.p4',
					envs: { A: '1', B: '2' },
				},
				{ model_id: 'only-id', custom_spec: { cpu: 1, memory: 2048 } },
			],
		};

		expect(configRows(entry).map(({ config: _config, ...row }) => row)).toEqual([
			{
				key: '0',
				model: '分类',
				version: '1.0',
				weight: '70%',
				instances: '2',
				specification: 'modelarts.vm.gpu.p4',
				envCount: '2',
			},
			{
				key: '1',
				model: 'only-id',
				version: glyphs.none,
				weight: glyphs.none,
				instances: glyphs.none,
				specification: 'custom(1 cpu, 2,048 MB)',
				envCount: '0',
			},
		]);
	});

	it('skips list items that are not objects', () => {
		const entry = {
			update_time: 1,
			result: 'FAIL',
			config: [3, null, { model_name: 'm' }] as never,
		};

		expect(entryConfigs(entry)).toEqual([{ model_name: 'm' }]);
		expect(configRows({ update_time: 1, result: 'FAIL', config: 'x' as never })).toEqual([]);
	});
});
