import { describe, expect, it } from 'vitest';
import { helpRows } from '../../source/ui/help/helpRows.js';
import { keyBindings } from '../../source/ui/keys/keyBindings.js';
import { splitKeys } from '../../source/ui/keys/splitKeys.js';
import { footerHintText } from '../../source/ui/layout/FooterHints.js';

describe('the key table', () => {
	it('describes every binding, and the help lists every one', () => {
		const help = helpRows().map((row) => row.segments.map((segment) => segment.text).join(''));
		for (const binding of keyBindings) {
			expect(binding.description.length).toBeGreaterThan(5);
			expect(help.some((line) => line.includes(binding.description))).toBe(true);
		}
	});

	it('fits the footer in the width and always keeps help and quit', () => {
		const line = footerHintText(['updateLog'], 60);
		expect(line.length).toBeLessThanOrEqual(60);
		expect(line).toMatch(/\? help/);
		expect(line).toMatch(/q quit/);
	});

	it('splits keys that arrived together into single keys', () => {
		const noKey = splitKeys('x', {} as never)[0]?.key ?? ({} as never);
		const pressed = splitKeys('/de\r', noKey);
		expect(pressed.map((press) => press.input)).toEqual(['/', 'd', 'e', '']);
		expect(pressed[3]?.key.return).toBe(true);
	});
});
