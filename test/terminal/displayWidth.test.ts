import { describe, expect, it } from 'vitest';
import {
	displayWidth,
	padStartToWidth,
	padToWidth,
	truncateToWidth,
} from '../../source/terminal/displayWidth.js';

describe('displayWidth', () => {
	it('counts CJK and emoji as two columns', () => {
		expect(displayWidth('abc')).toBe(3);
		expect(displayWidth('中文')).toBe(4);
		expect(displayWidth('🚀x')).toBe(3);
		expect(displayWidth('')).toBe(0);
	});
});

describe('truncateToWidth', () => {
	it('leaves text that fits alone', () => {
		expect(truncateToWidth('service', 7, '…')).toBe('service');
	});

	it('cuts ASCII and ends in the ellipsis', () => {
		expect(truncateToWidth('inference', 5, '…')).toBe('infe…');
		expect(truncateToWidth('inference', 5, '~')).toBe('infe~');
	});

	it('never overshoots when a wide character straddles the limit', () => {
		const cut = truncateToWidth('图像分类服务', 6, '…');

		expect(cut).toBe('图像…');
		expect(displayWidth(cut)).toBe(5);

		for (let width = 0; width <= 14; width++) {
			expect(displayWidth(truncateToWidth('图像a分类🚀服务', width, '…'))).toBeLessThanOrEqual(
				width,
			);
		}
	});

	it('keeps grapheme clusters whole', () => {
		const flags = '🇨🇳🇨🇳🇨🇳';

		expect(truncateToWidth(flags, 5, '…')).toBe('🇨🇳🇨🇳…');
	});

	it('handles widths of zero and one', () => {
		expect(truncateToWidth('abc', 0, '…')).toBe('');
		expect(truncateToWidth('abc', 1, '…')).toBe('…');
		expect(truncateToWidth('中文', 1, '…')).toBe('…');
		expect(truncateToWidth('abc', 1, '...')).toBe('a');
	});
});

describe('padToWidth', () => {
	it('pads to exactly the width, truncating first', () => {
		expect(padToWidth('ab', 4)).toBe('ab  ');
		expect(displayWidth(padToWidth('中文名字', 5, '…'))).toBe(5);
		expect(displayWidth(padToWidth('中文名字', 4, '…'))).toBe(4);
		expect(padToWidth('x', -3)).toBe('');
	});

	it('pads on the left for numbers', () => {
		expect(padStartToWidth('42', 5)).toBe('   42');
		expect(displayWidth(padStartToWidth('中文名字', 5, '…'))).toBe(5);
	});
});
