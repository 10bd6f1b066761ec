import { describe, expect, it } from 'vitest';
import { maskDeep, maskEnvs } from '../../source/presentation/maskSecrets.js';
import { isSecretEnvName } from '../../source/presentation/secretEnv.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const closed = { maskAllEnvs: false, revealSecrets: false };

describe('maskEnvs', () => {
	it('masks by name and by value, reveals on request, and masks all for screen sharing', () => {
		const envs = { TOKEN: 't', DB_URL: 'pg://u:pw@h/d', MODE: 'fast' };

		expect(maskEnvs(envs, closed)).toEqual({
			TOKEN: glyphs.mask,
			DB_URL: glyphs.mask,
			MODE: 'fast',
		});
		expect(maskEnvs(envs, { maskAllEnvs: false, revealSecrets: true })).toEqual(envs);
		expect(Object.values(maskEnvs(envs, { maskAllEnvs: true, revealSecrets: true }))).toEqual([
			glyphs.mask,
			glyphs.mask,
			glyphs.mask,
		]);
	});
});

describe('maskDeep', () => {
	it('masks secret-named fields at any depth, and everything beneath them', () => {
		const masked = maskDeep(
			{ a: [{ deep: { apiKey: 'k1' } }], credentials: { user: 'u', list: ['x', 2] }, name: 'n' },
			closed,
		);

		expect(masked).toEqual({
			a: [{ deep: { apiKey: glyphs.mask } }],
			credentials: { user: glyphs.mask, list: [glyphs.mask, glyphs.mask] },
			name: 'n',
		});
	});

	it('masks envs that are not a map, since no name says what is secret', () => {
		expect(maskDeep({ envs: ['PASSWORD', 'hunter2'] }, closed)).toEqual({
			envs: [glyphs.mask, glyphs.mask],
		});
	});

	it('leaves the input untouched', () => {
		const input = { envs: { SECRET: 's' } };

		maskDeep(input, closed);
		expect(input.envs.SECRET).toBe('s');
	});

	it('judges names as shown, so invisible characters cannot hide a secret name', () => {
		expect(isSecretEnvName('TO\u200bKEN')).toBe(true);
		expect(isSecretEnvName('PASS\u001b[0mWORD')).toBe(true);
	});
});
