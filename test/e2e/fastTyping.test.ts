// The `/` filter in a real terminal, typed one key per write at machine speed (key repeat, a
// fast typist, keys batched over SSH): every character lands, in order.
import { afterEach, describe, expect, it } from 'vitest';
import { positionPattern } from './explorerSteps.js';
import { assertBuilt, malogCommand } from './malogProcess.js';
import { Terminal, testTimeoutMs } from './terminal.js';

let terminal: Terminal | undefined;

afterEach(async () => {
	await terminal?.close();
	terminal = undefined;
});

describe('typing into the filter', () => {
	it('keeps every key sent one at a time without waiting', { timeout: testTimeoutMs }, async () => {
		assertBuilt();
		terminal = await Terminal.start({ command: malogCommand(['--demo']), cols: 80, rows: 24 });
		const screen = terminal;
		await screen.waitForText(positionPattern);

		await screen.press('/');
		for (const character of 'service-demo') await screen.type(character);
		const filtered = await screen.waitForText('/service-demo_');
		expect(filtered).toMatch(/1–1 of 1/);

		for (let erase = 0; erase < 5; erase++) await screen.press('BSpace');
		await screen.waitForText('/service_');
	});
});
