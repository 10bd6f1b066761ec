import { describe, expect, it } from 'vitest';
import { maskSecret } from '../../source/profiles/maskSecret.js';

describe('maskSecret', () => {
	it('shows only the last four characters of a long secret', () => {
		expect(maskSecret('0123456789abcdefWXYZ')).toBe('••••WXYZ');
	});

	it('shows nothing of a short secret', () => {
		expect(maskSecret('short-sk')).toBe('••••');
		expect(maskSecret('12345678901')).toBe('••••');
	});

	it('shows an empty string when there is no secret', () => {
		expect(maskSecret(undefined)).toBe('');
		expect(maskSecret('')).toBe('');
	});
});
