import { describe, expect, it } from 'vitest';
import { controlSequences, unexpectedSequences, visibleText } from './terminalBytes.js';

const esc = '\u001B';

describe('reading terminal output', () => {
	it('accepts what an Ink app on the alternate screen writes', () => {
		const frame = `${esc}[?1049h${esc}[?25l${esc}[2J${esc}[H${esc}[1m${esc}[31mFAIL${esc}[39m${esc}[22m\r\n${esc}[2K${esc}[1A${esc}[G${esc}[?25h${esc}[?1049l`;

		expect(unexpectedSequences(frame)).toEqual([]);
		expect(visibleText(frame)).toBe('FAIL\n');
	});

	it('names OSC 52, OSC 0, DCS, C1 and bare control characters', () => {
		const output = [
			`${esc}]52;c;aGVsbG8=\u0007`,
			`${esc}]0;owned${esc}\\`,
			`${esc}Pq#0${esc}\\`,
			'\u009b31m',
			'\u0000',
			`${esc}c`,
			`${esc}[6n`,
		].join('name');

		const kinds = unexpectedSequences(output).map((sequence) => sequence.kind);

		expect(kinds).toEqual(['osc', 'osc', 'string', 'control', 'control', 'escape', 'csi']);
	});

	it('runs an unterminated OSC to the end instead of losing it', () => {
		const sequences = controlSequences(`ok${esc}]2;title never closed`);

		expect(sequences).toEqual([{ kind: 'osc', text: `${esc}]2;title never closed`, index: 2 }]);
	});
});
