// `npm run bench`: measures the built app (dist/cli.js) on the built-in endpoint in a real
// terminal (tmux, 80x24), each figure beside its baseline from the same run, and prints a
// table with PASS or MISS per target. Loopback only; about two minutes.
import { startDemoEndpoint } from '../source/endpoint/startDemoEndpoint.js';
import { malogCommand } from '../test/e2e/malogProcess.js';
import { shellQuote } from '../test/e2e/shellQuote.js';
import { baselineKeyLatency } from './baselineKeys.js';
import { BenchSession, median, percentile, residentBytes } from './benchSession.js';
import { buildBaseline } from './buildBaseline.js';
import { fetchAllLogs, serviceWithEntries } from './demoServices.js';
import { alternateRows, measureChange, measureKeys, pageMoves, rowMoves } from './keyMoves.js';
import { formatTable } from './report.js';
import { measureQuietCost } from './requestRate.js';
import { compareStartup } from './startupTime.js';
import { benchRows } from './targets.js';

/** Seconds the idle and deploying apps are watched (BENCH_WINDOW_SECONDS to change). */
const windowSeconds = Number(process.env.BENCH_WINDOW_SECONDS ?? '60');
const startupRuns = 5;
const keyPresses = 48;

const endpoint = await startDemoEndpoint({ paceSeconds: 0 });
const connectionEnv = {
	HUAWEICLOUD_SDK_AK: endpoint.credentials.ak,
	HUAWEICLOUD_SDK_SK: endpoint.credentials.sk,
	HUAWEICLOUD_SDK_PROJECT_ID: endpoint.projectId,
};
const connectionArgs = (url: string) => ['--endpoint', url, '--project-id', endpoint.projectId];

/** The app opened straight on a service's update log, once its rows are on the screen. */
async function openLog(serviceName: string, url = endpoint.url): Promise<BenchSession> {
	const command = malogCommand([...connectionArgs(url), '--service', serviceName]);
	const session = await BenchSession.start({ command, env: connectionEnv });
	await session.terminal.waitForText(logReadyPattern, { timeoutMs: 30_000 });
	return session;
}

/** The first words of every frame of the app. */
const frameHeader = 'malog ›';

/** The position indicator of a loaded list ("1–20 of 10,000"). */
const logReadyPattern = /1–\d+ of [\d,]+/;
const servicesReadyPattern = logReadyPattern;

async function measureLog(serviceName: string) {
	const session = await openLog(serviceName);
	try {
		const keys = await measureKeys(session, rowMoves(keyPresses), frameHeader);
		const rowMove = await measureChange(session, alternateRows(8), frameHeader);
		const pageMove = await measureChange(session, pageMoves(6), frameHeader);
		await session.control.settle(500);
		const memory = await residentBytes(await session.nodePid('dist/cli.js'));
		return { keys, rowMove, pageMove, memory };
	} finally {
		await session.close();
	}
}

async function measureBaseline(command: string) {
	const session = await BenchSession.start({ command });
	try {
		await session.waitForOutput('minimal ink ready');
		await session.control.settle(500);
		const memory = await residentBytes(await session.nodePid('minimalInkApp'));
		const latencies = await baselineKeyLatency(session, keyPresses);
		return { memory, latencies };
	} finally {
		await session.close();
	}
}

async function measureQuiet(serviceName: string) {
	const own = await startDemoEndpoint({ paceSeconds: 0 });
	const session = await openLog(serviceName, own.url);
	try {
		return await measureQuietCost(session, own, windowSeconds);
	} finally {
		await session.close();
		await own.close();
	}
}

try {
	const baselineScript = await buildBaseline();
	const baselineCommand = `node ${shellQuote(baselineScript)}`;
	const logs = await fetchAllLogs(endpoint);
	const hundred = serviceWithEntries(logs, 100);
	const tenThousand = serviceWithEntries(logs, 10_000);
	const idle = logs.find((log) => !log.isNewestRunning && log.entries > 1 && log.entries < 100);
	const deploying = logs.find((log) => log.isNewestRunning);
	if (!idle || !deploying) throw new Error('the endpoint has no idle or no deploying service');
	console.log(`services: ${hundred.serviceName} (100), ${tenThousand.serviceName} (10,000),`);
	console.log(
		`  idle ${idle.serviceName}, deploying ${deploying.serviceName}; watching ${windowSeconds}s`,
	);

	// The quiet windows run beside the rest: they only count, and cost the machine little.
	const quiet = Promise.all([measureQuiet(idle.serviceName), measureQuiet(deploying.serviceName)]);

	// Until the services are listed, and until the first frame of any kind (the loading
	// screen), to tell start-up from the first fetch.
	const startupUntil = (marker: typeof servicesReadyPattern | typeof frameHeader) =>
		compareStartup(
			{
				app: { command: malogCommand(connectionArgs(endpoint.url)), marker, env: connectionEnv },
				baseline: { command: baselineCommand, marker: 'minimal ink ready' },
			},
			startupRuns,
		);
	const startup = await startupUntil(servicesReadyPattern);
	const firstDrawn = await startupUntil(frameHeader);
	const atHundred = await measureLog(hundred.serviceName);
	const atTenThousand = await measureLog(tenThousand.serviceName);
	const baseline = await measureBaseline(baselineCommand);
	const [idleCost, deployingCost] = await quiet;

	const rows = benchRows({
		startupMs: {
			app: median(startup.app),
			firstDrawn: median(firstDrawn.app),
			baseline: median([...startup.baseline, ...firstDrawn.baseline]),
		},
		latencyMs: {
			atHundred: median(atHundred.keys.map((key) => key.frameMs)),
			atTenThousand: median(atTenThousand.keys.map((key) => key.frameMs)),
			p95AtTenThousand: percentile(
				atTenThousand.keys.map((key) => key.frameMs),
				0.95,
			),
			minimalInk: median(baseline.latencies),
		},
		rowMove: atTenThousand.rowMove,
		pageMove: atTenThousand.pageMove,
		memory: {
			app: atTenThousand.memory,
			baseline: baseline.memory,
			responseBytes: tenThousand.responseBytes,
		},
		idle: idleCost,
		deploying: deployingCost,
	});
	console.log(`\n${formatTable(rows)}`);
} finally {
	await endpoint.close();
}
