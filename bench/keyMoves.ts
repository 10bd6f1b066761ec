// What one key costs: the time from handing the key to the terminal until the changed frame
// arrives, and the bytes written for it, next to the bytes of only the lines that changed.
import type { BenchSession } from './benchSession.js';

export interface KeyCost {
	/** From the key to the first byte of the answer. */
	firstByteMs: number;
	/** From the key to the last byte of the answer (the frame is complete). */
	frameMs: number;
	bytes: number;
}

const quietMs = 40;

/** Presses each key in turn, waiting for the screen to settle in between. */
export async function measureKeys(session: BenchSession, keys: string[]): Promise<KeyCost[]> {
	const costs: KeyCost[] = [];
	for (const key of keys) {
		await session.control.settle(quietMs);
		const sentAt = session.press(key);
		const hasAnswer = await session.control.nextOutput(2000);
		if (!hasAnswer) continue;

		const firstAt = session.control.chunks.find((chunk) => chunk.at >= sentAt)?.at ?? sentAt;
		const lastAt = await session.control.settle(quietMs);
		const bytes = session.control.bytesSince(sentAt).length;
		costs.push({ firstByteMs: firstAt - sentAt, frameMs: lastAt - sentAt, bytes });
	}
	return costs;
}

export interface ChangeCost {
	bytesWritten: number;
	changedLines: number;
	/** The bytes of the changed lines as they now stand, styles included (capture-pane -e). */
	changedLineBytes: number;
}

/** One key, with the screen compared before and after it. */
export async function measureChange(session: BenchSession, key: string): Promise<ChangeCost> {
	await session.control.settle(quietMs);
	const before = (await session.terminal.screen({ hasStyles: true })).split('\n');
	const sentAt = session.press(key);
	await session.control.nextOutput(2000);
	await session.control.settle(quietMs);
	const after = (await session.terminal.screen({ hasStyles: true })).split('\n');

	const changed = after.filter((line, index) => line !== before[index]);
	return {
		bytesWritten: session.control.bytesSince(sentAt).length,
		changedLines: changed.length,
		changedLineBytes: changed.reduce((sum, line) => sum + Buffer.byteLength(line), 0),
	};
}

/** Eight down then eight up, `count` keys in all: every key moves the selection on one page. */
export function rowMoves(count: number): string[] {
	return Array.from({ length: count }, (_, index) => (index % 16 < 8 ? 'Down' : 'Up'));
}
