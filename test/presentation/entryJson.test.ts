import { describe, expect, it } from 'vitest';
import type { UpdateLogEntry } from '../../source/api/types.js';
import { entryAsJson } from '../../source/presentation/entryJson.js';
import { glyphs } from '../../source/terminal/glyphs.js';
import { terminalActiveCharacters } from '../terminal/terminalActive.js';

const entry: UpdateLogEntry = {
	update_time: 1586250930708,
	result: 'SUCCESS',
	config: [
		{
			model_name: 'demo\u001b]52;c;aGk=\u0007\u202e',
			envs: { API_TOKEN: 'tok-123', MODE: 'fast' },
		},
	],
	extend_config: [{ password: 'p4ss' }],
};

describe('entryAsJson', () => {
	it('is valid JSON that keeps ordinary values', () => {
		const parsed = JSON.parse(entryAsJson(entry, { maskAllEnvs: false }));

		expect(parsed.update_time).toBe(1586250930708);
		expect(parsed.config[0].envs.MODE).toBe('fast');
		expect(parsed.config[0].model_name).toBe(entry.config?.[0]?.model_name);
	});

	it('masks secret env values and secret fields', () => {
		const text = entryAsJson(entry, { maskAllEnvs: false });

		expect(text).not.toContain('tok-123');
		expect(text).not.toContain('p4ss');
		expect(JSON.parse(text).config[0].envs.API_TOKEN).toBe(glyphs.mask);
	});

	it('masks every env value with maskAllEnvs', () => {
		const parsed = JSON.parse(entryAsJson(entry, { maskAllEnvs: true }));

		expect(parsed.config[0].envs.MODE).toBe(glyphs.mask);
	});

	it('writes terminal-active characters as escapes', () => {
		const text = entryAsJson(entry, { maskAllEnvs: false });

		expect(terminalActiveCharacters(text, true)).toEqual([]);
		expect(text).toContain('\\u202e');
		expect(text).toContain('\\u001b');
	});

	it('is pretty printed', () => {
		expect(entryAsJson({ update_time: 1, result: 'FAIL' }, { maskAllEnvs: false })).toBe(
			'{\n  "update_time": 1,\n  "result": "FAIL"\n}',
		);
	});
});
