import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../source/terminal/sanitize.js';
import { terminalActiveCharacters } from './terminalActive.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('sanitizeText', () => {
	it('turns null, undefined and non-text values into text', () => {
		expect(sanitizeText(null)).toBe('');
		expect(sanitizeText(undefined)).toBe('');
		expect(sanitizeText(42)).toBe('42');
		expect(sanitizeText(false)).toBe('false');
		expect(sanitizeText({ a: 1 })).toBe('{"a":1}');
		expect(sanitizeText(Symbol('x'))).toBe('');
	});

	it('keeps ordinary text, CJK and emoji as they are', () => {
		expect(sanitizeText('model-demo 0.0.1')).toBe('model-demo 0.0.1');
		expect(sanitizeText('图像分类服务')).toBe('图像分类服务');
		expect(sanitizeText('rocket 🚀 launch')).toBe('rocket 🚀 launch');
	});

	it('removes OSC 52 clipboard writes ended by BEL or ST', () => {
		expect(sanitizeText(`a${ESC}]52;c;aGFjaw==${BEL}b`)).toBe('ab');
		expect(sanitizeText(`a${ESC}]52;c;aGFjaw==${ESC}\\b`)).toBe('ab');
		expect(sanitizeText('a\u009d52;c;aGFjaw==\u009cb')).toBe('ab');
	});

	it('removes OSC 0 title changes and OSC 8 links', () => {
		expect(sanitizeText(`x${ESC}]0;pwned${BEL}y`)).toBe('xy');
		expect(sanitizeText(`${ESC}]8;;https://evil${ESC}\\click${ESC}]8;;${ESC}\\`)).toBe('click');
	});

	it('drops everything after an unterminated string sequence', () => {
		expect(sanitizeText(`safe${ESC}]52;c;never-ends`)).toBe('safe');
		expect(sanitizeText(`safe${ESC}Pq#0;2;0;0;0`)).toBe('safe');
	});

	it('removes DCS, APC, PM and SOS strings', () => {
		expect(sanitizeText(`a${ESC}P1$r0m${ESC}\\b`)).toBe('ab');
		expect(sanitizeText(`a${ESC}_Gf=100;AAAA${ESC}\\b`)).toBe('ab');
		expect(sanitizeText(`a${ESC}^private${ESC}\\b`)).toBe('ab');
		expect(sanitizeText(`a${ESC}Xstring${ESC}\\b`)).toBe('ab');
	});

	it('removes CSI sequences in both 7-bit and 8-bit form', () => {
		expect(sanitizeText(`${ESC}[31mred${ESC}[0m`)).toBe('red');
		expect(sanitizeText(`${ESC}[2J${ESC}[H${ESC}[?1049lcleared`)).toBe('cleared');
		expect(sanitizeText('\u009b31mred')).toBe('red');
	});

	it('removes other escapes such as reset and charset switches', () => {
		expect(sanitizeText(`a${ESC}cb${ESC}(0c${ESC}7d`)).toBe('abcd');
		expect(sanitizeText(`trailing${ESC}`)).toBe('trailing');
	});

	it('removes C0, DEL and C1 controls, and turns line breaks and tabs into spaces', () => {
		expect(sanitizeText('a\u0000b\u0008c\u007fd\u0085e\u0094f')).toBe('abcd ef');
		expect(sanitizeText('one\ntwo\r\nthree\tfour\u2028five')).toBe('one two three four five');
		expect(sanitizeText(`bell${BEL}`)).toBe('bell');
	});

	it('removes bidi controls that could reorder what is shown', () => {
		const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';

		expect(sanitizeText(`abc${bidi}def`)).toBe('abcdef');
	});

	it('removes zero-width and invisible characters', () => {
		expect(sanitizeText('a\u200bb\u200dc\ufeffd\u2060e\u00adf\ufe0fg')).toBe('abcdefg');
		expect(sanitizeText('tag\udb40\udc41\udb40\udc7f')).toBe('tag');
	});

	it('replaces lone surrogates', () => {
		expect(sanitizeText('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc');
	});

	it('never lets ESC, C0 or C1 through whatever the mix', () => {
		const nasty = `${ESC}[${ESC}]${ESC}${ESC}P\u009b\u009d${BEL}\u0000${ESC}\\x${ESC}[?25l`;

		expect(terminalActiveCharacters(sanitizeText(nasty))).toEqual([]);
	});
});
