// The main journey in a real terminal, at 80x24 and at 120x40, on the built-in endpoint at a
// fast pace, with Chinese service names: profile → service → paging → config → edge nodes →
// diff → a live update arriving → quit, and the terminal given back.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { expectOneFrame, openService, position, positionPattern } from './explorerSteps.js';
import { addProfileStep, credentialsEnv, startLiveEndpoint } from './liveEndpoint.js';
import { assertBuilt, malogCommand, withExitProbe } from './malogProcess.js';
import { Terminal, testTimeoutMs } from './terminal.js';
import { expectTerminalRestored, readExitReport } from './terminalRestored.js';

const longHistory = '推荐排序-长历史';
const liveEdge = '边缘巡检-实时部署';

let endpoint: DemoEndpoint;
let terminal: Terminal | undefined;

beforeAll(async () => {
	assertBuilt();
	endpoint = await startLiveEndpoint({ paceSeconds: 1 });
});

afterAll(() => endpoint.close());

afterEach(async () => {
	await terminal?.close();
	terminal = undefined;
});

async function startWithProfiles(cols: number, rows: number, appArgs: string[]) {
	const saveProfiles = [
		addProfileStep(endpoint, 'staging', false),
		addProfileStep(endpoint, 'live-demo', true),
	].join(' && ');
	const app = malogCommand([...appArgs, '--interval', '1']);
	terminal = await Terminal.start({
		command: (folder) => `${saveProfiles} && ${withExitProbe(app, join(folder, 'exit-report'))}`,
		env: credentialsEnv(endpoint),
		cols,
		rows,
	});
	return terminal;
}

describe.each([
	[80, 24],
	[120, 40],
])('the main journey at %ix%i', (cols, rows) => {
	it('picks a saved profile and reaches its services', { timeout: testTimeoutMs }, async () => {
		const screen = await startWithProfiles(cols, rows, []);
		const picker = await screen.waitForText('live-demo');
		expect(picker).toContain('staging');

		await screen.waitFor((text) => /›.*live-demo/.test(text), 'the default profile selected');
		await screen.press('Enter');

		const services = await screen.waitForText(positionPattern);
		expect(services).toContain('malog › live-demo');
		expect(services).toContain(liveEdge);
		expectOneFrame(services, cols);
	});

	it('pages, opens a config, edge nodes and a diff, sees a live update, quits', {
		timeout: testTimeoutMs * 2,
	}, async () => {
		const screen = await startWithProfiles(cols, rows, ['--profile', 'live-demo']);
		await screen.waitForText(positionPattern);

		// Paging through a Chinese-named service with 2,137 updates.
		const log = await openService(screen, longHistory);
		expectOneFrame(log, cols);
		const firstPage = position(await screen.waitForText('of 2,137'));
		await screen.press('NPage');
		const secondPage = position(
			await screen.waitFor((text) => position(text).first > firstPage.first, 'the next page'),
		);
		expect(secondPage.first).toBe(firstPage.last + 1);
		await screen.press('End');
		await screen.waitForText('–2,137 of 2,137');
		await screen.press('Home');
		await screen.waitForText(`1–${firstPage.last} of 2,137`);

		// An entry, then its first config, with every field of the config table.
		await screen.press('Enter');
		await screen.waitForText('→ config 1');
		await screen.press('Enter');
		const config = await screen.waitForText('instance_count');
		expect(config).toMatch(/specification/);
		expect(config).toMatch(/model_id|model id/);
		expectOneFrame(config, cols);
		await screen.press('Escape');
		await screen.waitForText('→ config 1');
		await screen.press('Escape');
		await screen.waitForText(`Update log of ${longHistory}`);
		await screen.press('Escape');
		await screen.waitForText(`/${longHistory}`);
		await screen.press('/');
		await screen.waitForText(`/${longHistory}_`);
		await screen.press('Escape');
		await screen.waitForTextGone(`/${longHistory}`);

		// The live edge service: its node results, failures only, and a diff.
		const edgeLog = await openService(screen, liveEdge);
		const totalAtOpen = position(edgeLog).total;
		await screen.press('Enter');
		await screen.waitForText('→ edge node results');
		await screen.press('Down');
		await screen.waitFor((text) => /›\s*→ edge node results/.test(text), 'node results selected');
		await screen.press('Enter');
		const nodes = await screen.waitForText(/deploy/);
		expectOneFrame(nodes, cols);
		await screen.press('x');
		await screen.waitFor((text) => position(text).total < position(nodes).total, 'failures only');
		await screen.press('Escape');
		await screen.waitFor((text) => /›\s*→ edge node results/.test(text), 'the entry again');
		await screen.press('Escape');
		await screen.waitForText(`Update log of ${liveEdge}`);
		await screen.press('d');
		const diff = await screen.waitForText('Changes since the previous update');
		expect(diff).toMatch(/model/);
		await screen.press('Escape');
		await screen.waitForText(`Update log of ${liveEdge}`);

		// A new update starts on the endpoint (every 8 to 12 s at this pace) and shows up.
		await screen.waitFor((text) => position(text).total > totalAtOpen, 'a live update', {
			timeoutMs: 90_000,
		});

		await screen.press('q');
		const report = await readExitReport(screen, join(screen.folder, 'exit-report'));
		expect(report.exitStatus).toBe(0);
		await expectTerminalRestored(screen, report);
	});
});
