// Issue 2's end-to-end check: the built app, in a real terminal, on its built-in endpoint.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, malogCommand } from './malogProcess.js';
import { Terminal, testTimeoutMs } from './terminal.js';

let terminal: Terminal | undefined;

beforeAll(assertBuilt);

afterEach(async () => {
	await terminal?.close();
	terminal = undefined;
});

describe('malog --demo in a real terminal', { timeout: testTimeoutMs }, () => {
	it('picks service-demo and shows its RUNNING entry of 2020-04-07 (UTC) with model-demo 0.0.1', async () => {
		terminal = await Terminal.start({ command: malogCommand(['--demo']), cols: 80, rows: 24 });
		await terminal.waitForText(/1–\d+ of \d+/);

		await terminal.press('/');
		await terminal.waitForText('/_');
		await terminal.type('service-demo');
		await terminal.waitForText('1–1 of 1');
		await terminal.press('Enter');
		await terminal.waitForTextGone('/service-demo_');
		await terminal.press('Enter');

		const screen = await terminal.waitForText('RUNNING');
		const entryRow = screen.split('\n').find((line) => line.includes('RUNNING')) ?? '';
		expect(entryRow).toContain('2020-04-07 09:15:30');
		expect(entryRow).toContain('model-demo@0.0.1');
		expect(screen).toContain('service-demo');
		expect(screen).toMatch(/DEMO/);
	});
});
