// What one key costs: the time from handing the key to the terminal until a frame showing its
// effect arrives, and the bytes written for it, next to the bytes of only the lines that
// changed. The app also redraws on its own (the status line's clock), so a key's answer is the
// first frame whose list state (position and selected row) differs from the one before.
import { performance } from 'node:perf_hooks';
import { visibleText } from '../test/e2e/terminalBytes.js';
import type { BenchSession } from './benchSession.js';

export interface KeyCost {
	/** From the key to the frame that shows its effect. */
	frameMs: number;
	/** Bytes written from the key to that frame, per frame written meanwhile. */
	bytes: number;
}

const quietMs = 40;
const answerLimitMs = 5000;

/** The list state a frame shows: its position indicator and the line of the selection. */
export function listState(frameText: string): string | undefined {
	const lines = frameText.split('\n');
	const position = lines.map((line) => /\d+–\d+ of [\d,]+/.exec(line)?.[0]).find(Boolean);
	const selected = lines.findIndex((line) => line.trimStart().startsWith('›'));
	return position && selected >= 0 ? `${position}@${selected}` : undefined;
}

/** Ink rewrites the whole frame each time; every frame starts with the header line. */
function frameStates(output: string, header: string): string[] {
	return visibleText(output)
		.split(header)
		.map(listState)
		.filter((state): state is string => state !== undefined);
}

async function currentState(session: BenchSession): Promise<string | undefined> {
	return listState(await session.terminal.screen());
}

/** Presses each key in turn, each once the screen has settled. */
export async function measureKeys(
	session: BenchSession,
	keys: string[],
	header: string,
): Promise<KeyCost[]> {
	const costs: KeyCost[] = [];
	for (const key of keys) {
		await session.control.settle(quietMs, 1000);
		const before = await currentState(session);
		const sentAt = session.press(key);
		const cost = await awaitAnswer(session, sentAt, before, header);
		if (cost) costs.push(cost);
	}
	return costs;
}

async function awaitAnswer(
	session: BenchSession,
	sentAt: number,
	before: string | undefined,
	header: string,
): Promise<KeyCost | undefined> {
	const deadline = performance.now() + answerLimitMs;
	while (performance.now() < deadline && (await session.control.nextOutput(answerLimitMs))) {
		const output = session.control.bytesSince(sentAt);
		const states = frameStates(output.toString('utf8'), header);
		const answer = states.findIndex((state) => state !== before);
		if (answer < 0) continue;

		const arrivedAt = session.control.chunks.at(-1)?.at ?? sentAt;
		return { frameMs: arrivedAt - sentAt, bytes: Math.round(output.length / (answer + 1)) };
	}
	return undefined;
}

export interface ChangeCost {
	/** Median bytes written per key. */
	bytesWritten: number;
	changedLines: number;
	/** The bytes of the changed lines as they now stand, styles included (capture-pane -e). */
	changedLineBytes: number;
}

/** Keys in turn, with the screen compared before and after the first of them. */
export async function measureChange(
	session: BenchSession,
	keys: string[],
	header: string,
): Promise<ChangeCost> {
	await session.control.settle(quietMs, 1000);
	const before = (await session.terminal.screen({ hasStyles: true })).split('\n');
	const beforeState = listState(before.join('\n'));
	const first = await measureKeys(session, keys.slice(0, 1), header);
	await session.terminal.waitFor((screen) => listState(screen) !== beforeState, 'the key');
	const after = (await session.terminal.screen({ hasStyles: true })).split('\n');
	const rest = await measureKeys(session, keys.slice(1), header);

	const changed = after.filter((line, index) => line !== before[index]);
	const bytes = [...first, ...rest].map((cost) => cost.bytes).sort((a, b) => a - b);
	return {
		bytesWritten: bytes[Math.floor(bytes.length / 2)] ?? Number.NaN,
		changedLines: changed.length,
		changedLineBytes: changed.reduce((sum, line) => sum + Buffer.byteLength(line), 0),
	};
}

/** Down and up in turn: every key moves the selection. */
export function alternateRows(count: number): string[] {
	return Array.from({ length: count }, (_, index) => (index % 2 === 0 ? 'Down' : 'Up'));
}

/** Eight down then eight up, `count` keys in all: every key moves the selection on one page. */
export function rowMoves(count: number): string[] {
	return Array.from({ length: count }, (_, index) => (index % 16 < 8 ? 'Down' : 'Up'));
}

/** Page down and back up again. */
export function pageMoves(count: number): string[] {
	return Array.from({ length: count }, (_, index) => (index % 2 === 0 ? 'NPage' : 'PPage'));
}
