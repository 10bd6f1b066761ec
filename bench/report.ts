// The table `npm run bench` prints: each figure beside its baseline from the same run, the
// target, and whether it was met.

export interface BenchRow {
	figure: string;
	malog: string;
	baseline: string;
	target: string;
	/** Absent for figures without a target. */
	isMet?: boolean;
	/** How far off a missed target is, e.g. "1.9x the limit". */
	miss?: string;
}

export function formatTable(rows: BenchRow[]): string {
	const header: string[] = ['figure', 'malog', 'baseline', 'target', 'result'];
	const lines = rows.map((row) => [
		row.figure,
		row.malog,
		row.baseline,
		row.target,
		row.isMet === undefined ? '-' : row.isMet ? 'PASS' : `MISS${row.miss ? ` (${row.miss})` : ''}`,
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
	);
	const format = (cells: string[]) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join('  ')
			.trimEnd();
	return [
		format(header),
		format(widths.map((width) => '-'.repeat(width))),
		...lines.map(format),
	].join('\n');
}

export const milliseconds = (value: number) => `${value.toFixed(1)} ms`;
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ratio = (value: number) => `${value.toFixed(2)}x`;
