import { describe, expect, it } from 'vitest';
import { isColorEnabled } from '../../source/terminal/colorSupport.js';
import {
	asciiGlyphs,
	glyphsFor,
	isUnicodeLocale,
	unicodeGlyphs,
} from '../../source/terminal/glyphs.js';

describe('isUnicodeLocale', () => {
	it('reads LC_ALL, then LC_CTYPE, then LANG', () => {
		expect(isUnicodeLocale({ LANG: 'en_US.UTF-8' })).toBe(true);
		expect(isUnicodeLocale({ LANG: 'zh_CN.utf8' })).toBe(true);
		expect(isUnicodeLocale({ LC_CTYPE: 'C.UTF-8', LANG: 'C' })).toBe(true);
		expect(isUnicodeLocale({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe(false);
		expect(isUnicodeLocale({ LANG: 'zh_CN.GB18030' })).toBe(false);
		expect(isUnicodeLocale({})).toBe(false);
	});
});

describe('glyphsFor', () => {
	it('falls back to plain ASCII outside a UTF-8 locale', () => {
		expect(glyphsFor({ LANG: 'C' })).toBe(asciiGlyphs);
		expect(glyphsFor({ LANG: 'en_US.UTF-8' })).toBe(unicodeGlyphs);

		for (const glyph of Object.values(asciiGlyphs)) {
			expect(glyph).toMatch(/^[\u0020-\u007e]+$/);
		}
	});

	it('gives distinct symbols for each result in both sets', () => {
		for (const set of [asciiGlyphs, unicodeGlyphs]) {
			expect(new Set([set.success, set.fail, set.running, set.unknown]).size).toBe(4);
		}
	});
});

describe('isColorEnabled', () => {
	const tty = { isTTY: true };

	it('colours a terminal by default and not a pipe', () => {
		expect(isColorEnabled({}, tty)).toBe(true);
		expect(isColorEnabled({}, { isTTY: false })).toBe(false);
		expect(isColorEnabled({ TERM: 'dumb' }, tty)).toBe(false);
	});

	it('honours NO_COLOR with any non-empty value, even over FORCE_COLOR', () => {
		expect(isColorEnabled({ NO_COLOR: '1' }, tty)).toBe(false);
		expect(isColorEnabled({ NO_COLOR: 'yes', FORCE_COLOR: '1' }, tty)).toBe(false);
		expect(isColorEnabled({ NO_COLOR: '' }, tty)).toBe(true);
	});

	it('honours FORCE_COLOR', () => {
		expect(isColorEnabled({ FORCE_COLOR: '1' }, { isTTY: false })).toBe(true);
		expect(isColorEnabled({ FORCE_COLOR: '0' }, tty)).toBe(false);
		expect(isColorEnabled({ FORCE_COLOR: 'false' }, tty)).toBe(false);
	});
});
