import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { ServiceSummary, UpdateLogEntry } from '../../source/api/types.js';
import { toUpdateLogRows } from '../../source/presentation/updateLogRows.js';
import { terminalActiveCharacters } from '../terminal/terminalActive.js';
import { NOW, type Rendered, renderServices, renderUpdateLog } from './renderEverything.js';

// Every fixture hides this value under secret-looking names; it must never be produced.
const CANARY = 'SECRET-CANARY-7f3a';

function fixture(name: string): { logs?: unknown; services?: ServiceSummary[] } {
	return JSON.parse(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8'));
}

// Collects every problem first: one assertion per text would make 10,000 entries crawl.
function problemsIn(rendered: Rendered): string[] {
	const problems: string[] = [];
	const check = (text: string, isJson: boolean) => {
		const active = terminalActiveCharacters(text, isJson);

		if (active.length > 0) problems.push(`${active.join(',')} in ${JSON.stringify(text)}`);
		if (text.includes(CANARY)) problems.push(`secret in ${JSON.stringify(text)}`);
	};

	for (const text of rendered.texts) check(text, false);
	for (const json of rendered.jsons) check(json, true);

	for (const line of rendered.lines) {
		check(line.text, false);

		if (stringWidth(line.text) !== line.width) {
			problems.push(
				`width ${stringWidth(line.text)} not ${line.width}: ${JSON.stringify(line.text)}`,
			);
		}
	}

	return problems;
}

function expectSafe(rendered: Rendered): void {
	expect(problemsIn(rendered).slice(0, 5)).toEqual([]);
}

describe('hostile and odd update-log responses', () => {
	it.each([
		'escapeSequences.json',
		'longCjkAndEmoji.json',
		'nullsAndMissing.json',
		'wrongTypes.json',
		'unknownFields.json',
		'emptyHistory.json',
	])('%s renders clean, exact-width text without secrets', (name) => {
		const { logs } = fixture(name);

		expectSafe(renderUpdateLog(logs));
	});

	it('keeps the readable part of escaped fields', () => {
		const rows = toUpdateLogRows(fixture('escapeSequences.json').logs, { nowMs: NOW, zone: 'utc' });

		expect(rows[0]?.models).toContain('model-1');
		expect(rows[0]?.models).not.toContain('pwned');
	});

	it('keeps the entries that are objects when others are not', () => {
		const rows = toUpdateLogRows(fixture('wrongTypes.json').logs, { nowMs: NOW, zone: 'utc' });

		expect(rows).toHaveLength(4);
	});

	it('renders an empty history and a history that is not a list', () => {
		expect(renderUpdateLog([]).texts).toEqual([]);
		expect(renderUpdateLog({ logs: 5 }).texts).toEqual([]);
		expect(renderUpdateLog(null).texts).toEqual([]);
	});
});

describe('hostile service lists', () => {
	it('renders clean, exact-width service rows', () => {
		expectSafe(renderServices(fixture('services.json').services ?? []));
	});
});

describe('a 10,000-entry history', () => {
	const entries: UpdateLogEntry[] = Array.from({ length: 10_000 }, (_, index) => ({
		update_time: 1586250930708 + ((index * 7919) % 10_000) * 60_000,
		result: ['SUCCESS', 'FAIL', 'RUNNING'][index % 3] ?? 'SUCCESS',
		config: [
			{
				model_name: `模型-${index}`,
				model_version: `1.${index}`,
				weight: 100,
				instance_count: 1 + (index % 4),
				envs: { DB_PASSWORD: CANARY },
			},
		],
	}));

	it('gives one row per entry, newest first, with unique keys', () => {
		const rows = toUpdateLogRows(entries, { nowMs: NOW, zone: 'utc' });
		const times = rows.map((row) => row.entry.update_time);

		expect(rows).toHaveLength(10_000);
		expect(times.every((time, index) => index === 0 || (times[index - 1] ?? 0) >= time)).toBe(true);
		expect(new Set(rows.map((row) => row.key)).size).toBe(10_000);
	});

	it('renders every row clean, at exact width and without secrets', () => {
		expectSafe(renderUpdateLog(entries, [80], { paneEvery: 100 }));
	}, 120_000);
});
