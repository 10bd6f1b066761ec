import { describe, expect, it } from 'vitest';
import {
	isTooLargeForOsc52,
	osc52Payload,
	osc52Sequence,
} from '../../source/terminal/clipboard.js';

const ESC = '\u001b';

describe('osc52Sequence', () => {
	it('sends the text base64 encoded in one OSC 52 sequence', () => {
		const sequence = osc52Sequence('{"a":"中文"}', {});
		const payload = Buffer.from('{"a":"中文"}').toString('base64');

		expect(sequence).toBe(`${ESC}]52;c;${payload}\u0007`);
		expect(osc52Payload('中文')).toBe(Buffer.from('中文').toString('base64'));
	});

	it('adds a tmux passthrough copy with escapes doubled inside tmux', () => {
		const sequence = osc52Sequence('hi', { TMUX: '/tmp/tmux-1/default,1,0', TERM: 'screen' });
		const plain = `${ESC}]52;c;aGk=\u0007`;

		expect(sequence).toBe(`${plain}${ESC}Ptmux;${ESC}${ESC}]52;c;aGk=\u0007${ESC}\\`);
	});

	it('splits the sequence into DCS chunks inside GNU screen', () => {
		const text = 'x'.repeat(300);
		const sequence = osc52Sequence(text, { STY: '1234.pts-0.host' });
		const chunks = sequence.split(`${ESC}\\`).filter((chunk) => chunk !== '');

		expect(chunks.length).toBeGreaterThan(1);
		expect(chunks.every((chunk) => chunk.startsWith(`${ESC}P`))).toBe(true);
		expect(chunks.map((chunk) => chunk.slice(2)).join('')).toBe(osc52Sequence(text, {}));
	});

	it('knows when a payload is too large for terminals to accept', () => {
		expect(isTooLargeForOsc52('small')).toBe(false);
		expect(isTooLargeForOsc52('x'.repeat(200_000))).toBe(true);
	});
});
