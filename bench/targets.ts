// The targets of the proof issue, applied to the figures of one run.
import type { ChangeCost } from './keyMoves.js';
import { type BenchRow, megabytes, milliseconds, ratio } from './report.js';
import type { QuietCost } from './requestRate.js';

export interface BenchFigures {
	startupMs: { app: number; firstDrawn: number; baseline: number };
	latencyMs: {
		atHundred: number;
		atTenThousand: number;
		p95AtTenThousand: number;
		minimalInk: number;
	};
	rowMove: ChangeCost;
	pageMove: ChangeCost;
	memory: { app: number; baseline: number; responseBytes: number };
	idle: QuietCost;
	deploying: QuietCost;
}

function within(value: number, limit: number): Pick<BenchRow, 'isMet' | 'miss'> {
	const isMet = value <= limit;
	const over = `${((value / limit - 1) * 100).toFixed(1)}% over`;
	return isMet ? { isMet } : { isMet, miss: over };
}

function startupRows({ startupMs }: BenchFigures): BenchRow[] {
	const share = startupMs.app / startupMs.baseline;
	return [
		{
			figure: 'first interactive frame',
			malog: `${milliseconds(startupMs.app)} (${ratio(share)})`,
			baseline: `${milliseconds(startupMs.baseline)} minimal Ink`,
			target: '<= 1.5x baseline',
			...within(share, 1.5),
		},
		{
			figure: 'first frame of any kind (loading)',
			malog: `${milliseconds(startupMs.firstDrawn)} (${ratio(startupMs.firstDrawn / startupMs.baseline)})`,
			baseline: `${milliseconds(startupMs.baseline)} minimal Ink`,
			target: '-',
		},
	];
}

function latencyRows({ latencyMs }: BenchFigures): BenchRow[] {
	const growth = latencyMs.atTenThousand / latencyMs.atHundred;
	return [
		{
			figure: 'key-to-frame, 10,000 vs 100',
			malog: `${milliseconds(latencyMs.atTenThousand)} (${ratio(growth)})`,
			baseline: `${milliseconds(latencyMs.atHundred)} at 100`,
			target: '<= 1.2x at 100',
			...within(growth, 1.2),
		},
		{
			figure: 'key-to-frame at 10,000',
			malog: `${milliseconds(latencyMs.atTenThousand)} (p95 ${milliseconds(latencyMs.p95AtTenThousand)})`,
			baseline: `${milliseconds(latencyMs.minimalInk)} minimal Ink`,
			target: '< 16 ms',
			...within(latencyMs.atTenThousand, 16),
		},
	];
}

function byteRows({ rowMove, pageMove }: BenchFigures): BenchRow[] {
	const rowShare = rowMove.bytesWritten / rowMove.changedLineBytes;
	const pageShare = pageMove.bytesWritten / pageMove.changedLineBytes;
	return [
		{
			figure: 'bytes per one-row move',
			malog: `${rowMove.bytesWritten} B (${ratio(rowShare)})`,
			baseline: `${rowMove.changedLineBytes} B in ${rowMove.changedLines} changed lines`,
			target: '<= 3x changed lines',
			...within(rowShare, 3),
		},
		{
			figure: 'bytes per page move',
			malog: `${pageMove.bytesWritten} B (${ratio(pageShare)})`,
			baseline: `${pageMove.changedLineBytes} B in ${pageMove.changedLines} changed lines`,
			target: '-',
		},
	];
}

function memoryRows({ memory }: BenchFigures): BenchRow[] {
	const limit = memory.baseline + 3 * memory.responseBytes;
	return [
		{
			figure: 'resident memory, 10,000 entries',
			malog: megabytes(memory.app),
			baseline: `${megabytes(memory.baseline)} idle minimal Ink; response ${megabytes(memory.responseBytes)}`,
			target: `<= ${megabytes(limit)} (baseline + 3x response)`,
			...within(memory.app, limit),
		},
	];
}

function quietRows({ idle, deploying }: BenchFigures): BenchRow[] {
	const perMinute = (cost: QuietCost) =>
		`${cost.requestsPerMinute.toFixed(1)}/min over ${cost.windowSeconds.toFixed(0)}s`;
	return [
		{
			figure: 'API requests, idle',
			malog: perMinute(idle),
			baseline: '-',
			target: '<= 2/min',
			...within(idle.requestsPerMinute, 2),
		},
		{
			figure: 'API requests, deploying',
			malog: perMinute(deploying),
			baseline: '-',
			target: '<= 12/min',
			...within(deploying.requestsPerMinute, 12),
		},
		{
			figure: 'CPU while idle',
			malog: `${idle.cpuPercent.toFixed(2)}% of a core`,
			baseline: '-',
			target: '-',
		},
	];
}

export function benchRows(figures: BenchFigures): BenchRow[] {
	return [
		...startupRows(figures),
		...latencyRows(figures),
		...byteRows(figures),
		...memoryRows(figures),
		...quietRows(figures),
	];
}
