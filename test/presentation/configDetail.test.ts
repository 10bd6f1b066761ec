import { describe, expect, it } from 'vitest';
import type { ServiceLogConfig, UpdateLogEntry } from '../../source/api/types.js';
import { configDetailLines, entrySummaryLines } from '../../source/presentation/configDetail.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const config: ServiceLogConfig = {
	model_id: 'f565ac47',
	model_name: 'model-demo',
	model_version: '0.0.1',
	weight: 100,
	specification: 'custom',
	custom_spec: { cpu: 2.5, memory: 4096, gpu_p4: 1, ascend_a310: 0 },
	instance_count: 3,
	scaling: false,
	cluster_id: 'pool-1',
	envs: { DB_PASSWORD: 'hunter2', BATCH_SIZE: '8' },
	extra_field: { nested: true },
};

const closed = { revealSecrets: false, maskAllEnvs: false };
const valueFor = (lines: { label: string; value: string }[], label: string) =>
	lines.find((line) => line.label === label)?.value;

describe('configDetailLines', () => {
	it('shows every documented field of tables 4 and 6', () => {
		const lines = configDetailLines(config, closed);

		expect(lines.slice(0, 10)).toEqual([
			{ label: 'model_id', value: 'f565ac47' },
			{ label: 'model_name', value: 'model-demo' },
			{ label: 'model_version', value: '0.0.1' },
			{ label: 'weight', value: '100%' },
			{ label: 'specification', value: 'custom' },
			{ label: 'custom_spec.cpu', value: '2.5' },
			{ label: 'custom_spec.memory', value: '4,096 MB' },
			{ label: 'custom_spec.gpu_p4', value: '1' },
			{ label: 'custom_spec.ascend_a310', value: '0' },
			{ label: 'instance_count', value: '3' },
		]);
		expect(valueFor(lines, 'scaling')).toBe('no');
		expect(valueFor(lines, 'cluster_id')).toBe('pool-1');
		expect(valueFor(lines, 'extra_field')).toBe('{"nested":true}');
	});

	it('masks secret env values unless revealed, and every value with maskAllEnvs', () => {
		const masked = configDetailLines(config, closed);
		const revealed = configDetailLines(config, { revealSecrets: true, maskAllEnvs: false });
		const allMasked = configDetailLines(config, { revealSecrets: true, maskAllEnvs: true });

		expect(valueFor(masked, 'envs.DB_PASSWORD')).toBe(glyphs.mask);
		expect(valueFor(masked, 'envs.BATCH_SIZE')).toBe('8');
		expect(valueFor(revealed, 'envs.DB_PASSWORD')).toBe('hunter2');
		expect(valueFor(allMasked, 'envs.DB_PASSWORD')).toBe(glyphs.mask);
		expect(valueFor(allMasked, 'envs.BATCH_SIZE')).toBe(glyphs.mask);
	});

	it('shows dashes for missing fields and reads a numeric custom_spec', () => {
		const lines = configDetailLines({ custom_spec: 4 } as unknown as ServiceLogConfig, closed);

		expect(valueFor(lines, 'model_name')).toBe(glyphs.none);
		expect(valueFor(lines, 'custom_spec')).toBe('4');
		expect(valueFor(lines, 'envs')).toBe(glyphs.none);
	});

	it('masks unknown fields whose names look secret', () => {
		const lines = configDetailLines(
			{ access_token: 'abc', auth: { user: 'u', pass: 'p' } },
			closed,
		);

		expect(lines.map((line) => line.value).join(' ')).not.toMatch(/abc|"u"|"p"/);
	});
});

describe('entrySummaryLines', () => {
	const entry: UpdateLogEntry = {
		update_time: 1586250930708,
		result: 'SUCCESS',
		config: [config],
		success_num: 3,
		failed_num: 0,
		result_detail: [{ node_id: 'n', result: true }],
		cluster_id: 'pool-1',
		extend_config: [{ name: 'gray', secret_key: 'zz' }],
		surprise: 'kept',
	};

	it('shows every documented field of table 3', () => {
		const lines = entrySummaryLines(entry, { zone: 'utc' });

		expect(valueFor(lines, 'update_time')).toBe('2020-04-07 09:15:30 UTC');
		expect(valueFor(lines, 'result')).toBe('SUCCESS');
		expect(valueFor(lines, 'config')).toBe('1 model');
		expect(valueFor(lines, 'cluster_id')).toBe('pool-1');
		expect(valueFor(lines, 'success_num')).toBe('3');
		expect(valueFor(lines, 'failed_num')).toBe('0');
		expect(valueFor(lines, 'result_detail')).toBe('1 node');
		expect(valueFor(lines, 'extend_config')).toBe('[');
		expect(valueFor(lines, 'surprise')).toBe('kept');
	});

	it('prints extend_config as indented JSON with secrets masked', () => {
		const values = entrySummaryLines(entry).map((line) => line.value);

		expect(values).toContain('    "name": "gray",');
		expect(values.join('\n')).not.toContain('zz');
	});

	it('shows an empty extend_config compactly', () => {
		const lines = entrySummaryLines({ update_time: 1, result: 'FAIL', extend_config: [] });

		expect(valueFor(lines, 'extend_config')).toBe('[]');
	});
});
