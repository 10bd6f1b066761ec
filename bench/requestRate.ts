// Requests a minute the app makes on its own, counted by the endpoint it talks to, and the CPU
// it uses meanwhile. Both are read over the same window, after the first frame.
import type { DemoEndpoint } from '../source/endpoint/demoEndpoint.js';
import { type BenchSession, cpuSeconds } from './benchSession.js';

export interface QuietCost {
	requestsPerMinute: number;
	/** Share of one core, in percent. */
	cpuPercent: number;
	windowSeconds: number;
}

export async function measureQuietCost(
	session: BenchSession,
	endpoint: DemoEndpoint,
	windowSeconds: number,
): Promise<QuietCost> {
	const pid = await session.nodePid('dist/cli.js');
	const requestsBefore = endpoint.requestCount();
	const cpuBefore = await cpuSeconds(pid);
	const startedAt = Date.now();

	await new Promise((resolve) => setTimeout(resolve, windowSeconds * 1000));

	const elapsedSeconds = (Date.now() - startedAt) / 1000;
	const requests = endpoint.requestCount() - requestsBefore;
	const cpu = (await cpuSeconds(pid)) - cpuBefore;
	return {
		requestsPerMinute: (requests * 60) / elapsedSeconds,
		cpuPercent: (cpu / elapsedSeconds) * 100,
		windowSeconds: elapsedSeconds,
	};
}
