// Hostile responses served to the real app: escape sequences (OSC 52, OSC 0, CSI, C1) in every
// string field, bidi marks, NULs, long CJK names, emoji, wrong shapes, an empty history and
// 10,000 entries. The app must draw them all, let no foreign escape reach the terminal (checked
// on the raw bytes), show no secret, and give the terminal back.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpdateLogsResponse } from '../../source/api/types.js';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';
import { openService, position, positionPattern } from './explorerSteps.js';
import {
	emptyServiceName,
	type HostileServer,
	oddServiceName,
	startHostileServer,
} from './hostileServer.js';
import { credentialsEnv, startLiveEndpoint } from './liveEndpoint.js';
import { assertBuilt, malogCommand, withExitProbe } from './malogProcess.js';
import { Terminal, testTimeoutMs } from './terminal.js';
import { unexpectedSequences } from './terminalBytes.js';
import { expectTerminalRestored, readExitReport } from './terminalRestored.js';

const secretName = /password|secret|token|key|credential/i;

let endpoint: DemoEndpoint;
let hostile: HostileServer;
let terminal: Terminal | undefined;

beforeAll(async () => {
	assertBuilt();
	endpoint = await startLiveEndpoint({ paceSeconds: 0 });
	hostile = await startHostileServer(endpoint);
});

afterAll(async () => {
	await terminal?.close();
	await hostile.close();
	await endpoint.close();
});

/** The values of every secret-looking env var of a service, as the endpoint serves them. */
async function secretValues(serviceName: string): Promise<string[]> {
	const headers = { 'X-Auth-Token': endpoint.credentials.token };
	const base = `${endpoint.url}/v1/${endpoint.projectId}/services`;
	const list = (await (await fetch(`${base}?service_name=${serviceName}`, { headers })).json()) as {
		services: { service_id: string }[];
	};
	const id = list.services[0]?.service_id;
	const logs = (await (
		await fetch(`${base}/${id}/logs`, { headers })
	).json()) as UpdateLogsResponse;
	const envs = logs.logs.flatMap((entry) =>
		(entry.config ?? []).map((config) => config.envs ?? {}),
	);
	return envs.flatMap((each) =>
		Object.entries(each)
			.filter(([name]) => secretName.test(name))
			.map(([, value]) => String(value)),
	);
}

/** Escape, then the screen it leads to: an Escape followed at once by a key reads as Alt-key. */
async function back(screen: Terminal, shown: string | RegExp) {
	await screen.press('Escape');
	await screen.waitForText(shown);
}

async function backToPicker(screen: Terminal) {
	await back(screen, /^Services/m);
	await screen.press('/');
	await screen.waitForText(/\/\S*_/);
	await screen.press('Escape');
	await screen.waitFor((text) => position(text).total > 30, 'the whole service list');
}

interface JourneyResult {
	secrets: string[];
	configScreen: string;
	exitStatus: number;
	raw: string;
	paneTitle: string;
	clipboardBuffers: string;
}

/** Walks the poisoned services once; the checks below read what it saw. */
async function walkHostileServices(): Promise<JourneyResult> {
	const secrets = await secretValues('face-recognition');
	const app = malogCommand(['--endpoint', hostile.url, '--project-id', endpoint.projectId]);
	terminal = await Terminal.start({
		command: (folder) => withExitProbe(app, join(folder, 'exit-report')),
		env: credentialsEnv(endpoint),
		isRecording: true,
		isGated: true,
	});
	// Let the terminal obey OSC 52, so a clipboard write that got through would show.
	await terminal.tmux('set-option', '-g', 'set-clipboard', 'on');
	await terminal.release();
	const screen = terminal;
	await screen.waitForText(positionPattern);

	// A poisoned canary: its config, where a secret env lives.
	await openService(screen, 'face-recognition');
	await screen.press('Enter');
	await screen.waitForText('→ config 1');
	await screen.press('Enter');
	await screen.waitForText('model_name');
	await screen.press('End');
	const configScreen = await screen.waitForText('DB_PASSWORD');
	await back(screen, '→ config 1');
	await back(screen, 'Update log of face-recognition');
	await backToPicker(screen);

	// 10,000 poisoned entries, to the end and into the oldest.
	await openService(screen, 'bench-10000-updates');
	await screen.press('End');
	await screen.waitForText('10,000 of 10,000');
	await screen.press('Enter');
	await screen.waitForText('→ config 1');
	await back(screen, 'Update log of bench-10000-updates');
	await backToPicker(screen);

	// Entries of the wrong shapes, then a service with no history at all.
	// The client rejects a history whose update_time is null, so this log may say it could not
	// load; when it does load, open an entry. Either way wait for the answer before a key (Enter
	// on "Loading…" opens nothing), and for the entry's own title ("Update log of" is not it).
	await openByName(screen, oddServiceName);
	const oddLog = await screen.waitForText(/[1-9][\d,]* of [\d,]+|Could not load the update log/);
	if (!oddLog.includes('Could not load')) {
		await screen.press('Enter');
		await screen.waitForText(/^Update (?!log of)/m);
		await back(screen, `Update log of ${oddServiceName}`);
	}
	await backToPicker(screen);
	await openByName(screen, emptyServiceName);

	await screen.press('q');
	const report = await readExitReport(screen, join(screen.folder, 'exit-report'));
	await expectTerminalRestored(screen, report);
	return {
		secrets,
		configScreen,
		exitStatus: report.exitStatus,
		raw: (await screen.rawOutput()).toString('utf8'),
		paneTitle: await screen.tmux('display-message', '-p', '#{pane_title}'),
		clipboardBuffers: (await screen.tmux('list-buffers')).trim(),
	};
}

/** Opens a service whose name the fuzzy filter may share with others. */
async function openByName(screen: Terminal, name: string) {
	await screen.press('/');
	await screen.waitForText('/_');
	await screen.type(name);
	await screen.waitForText(`/${name}_`);
	await screen.press('Enter');
	await screen.waitForTextGone(`/${name}_`);
	await screen.press('Enter');
	await screen.waitForText(`Update log of ${name}`);
}

describe('hostile responses in a real terminal', () => {
	let result: JourneyResult;

	beforeAll(async () => {
		result = await walkHostileServices();
	}, testTimeoutMs * 2);

	it('draws every poisoned screen and quits normally, the terminal given back', () => {
		expect(result.exitStatus).toBe(0);
		expect(result.raw).toContain('face-recognition');
	});

	it('shows no secret env value, on the screen or in the bytes', () => {
		expect(result.secrets.length).toBeGreaterThan(0);
		for (const secret of result.secrets) {
			expect(result.configScreen).not.toContain(secret);
			expect(result.raw).not.toContain(secret);
		}
	});

	it('lets no escape sequence but its own reach the terminal', () => {
		const foreign = unexpectedSequences(result.raw).map((each) => ({
			...each,
			context: JSON.stringify(result.raw.slice(Math.max(0, each.index - 60), each.index + 30)),
		}));
		expect(foreign.slice(0, 3)).toEqual([]);
	});

	it('leaves the window title and the clipboard alone', () => {
		expect(result.paneTitle).not.toMatch(/PWNED|c1-title/);
		expect(result.clipboardBuffers).toBe('');
	});
});
