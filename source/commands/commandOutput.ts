// What the non-interactive commands share: where they write, a plain aligned table for people
// (no truncation: a pipe or a wide terminal gets every character), and one connection per run.
import {
	type Connection,
	type OpenConnectionOptions,
	openConnection,
} from '../connection/openConnection.js';
import { openProfileStore } from '../profiles/openProfileStore.js';
import { displayWidth, padToWidth } from '../terminal/displayWidth.js';
import { sanitizeText } from '../terminal/sanitize.js';
import type { ConnectionFlags } from './connectionOptions.js';

export interface CommandIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

let isPipeGuarded = false;

/** `malog logs X --ndjson | head -1` closes our stdout early: stop quietly, as cat would. */
export function guardClosedPipe(): void {
	if (isPipeGuarded) return;
	isPipeGuarded = true;
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
		process.exit(0);
	});
}

export const processIo: CommandIo = {
	stdout: (text) => {
		guardClosedPipe();
		process.stdout.write(text);
	},
	stderr: (text) => {
		process.stderr.write(text);
	},
};

/** Rows of cells as lines, columns aligned by display width (CJK counts double). */
export function plainTable(header: string[], rows: unknown[][]): string[] {
	const cells = [header, ...rows.map((row) => row.map((cell) => sanitizeText(cell)))];
	const widths = header.map((_, column) =>
		Math.max(...cells.map((row) => displayWidth(row[column] ?? ''))),
	);

	return cells.map((row) =>
		row
			.map((cell, column) => {
				const isLast = column === row.length - 1;
				return isLast ? cell : padToWidth(cell, widths[column] ?? 0);
			})
			.join('  ')
			.trimEnd(),
	);
}

/** Opens the connection, says on stderr when it is the demo, runs `work`, always closes. */
export async function withConnection<T>(
	flags: ConnectionFlags,
	io: CommandIo,
	work: (connection: Connection) => Promise<T>,
	options: OpenConnectionOptions = {},
): Promise<T> {
	const connection = await openConnection(flags, {
		store: () => openProfileStore(),
		onStatus: (message) => io.stderr(`malog: ${message}\n`),
		...options,
	});
	if (connection.label.isDemo) {
		io.stderr(
			`malog: using the built-in demo endpoint at ${connection.label.endpoint} ` +
				'(demo data; save a profile with `malog profile add`)\n',
		);
	}

	try {
		return await work(connection);
	} finally {
		await connection.close();
	}
}
