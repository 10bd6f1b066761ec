// Key-to-frame latency of the minimal Ink app: how fast this machine can answer a key with
// Ink at all, the floor under the app's figures.
import { performance } from 'node:perf_hooks';
import { visibleText } from '../test/e2e/terminalBytes.js';
import type { BenchSession } from './benchSession.js';

export async function baselineKeyLatency(
	session: BenchSession,
	presses: number,
): Promise<number[]> {
	const latencies: number[] = [];
	for (let press = 1; press <= presses; press++) {
		await session.control.settle(40, 1000);
		const sentAt = session.press('x');
		const expected = `, ${press} keys`;
		while (await session.control.nextOutput(5000)) {
			const text = visibleText(session.control.bytesSince(sentAt).toString('utf8'));
			if (!text.includes(expected)) continue;
			latencies.push((session.control.chunks.at(-1)?.at ?? performance.now()) - sentAt);
			break;
		}
	}
	return latencies;
}
