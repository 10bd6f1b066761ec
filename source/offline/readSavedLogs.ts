// Reads a saved response from a file or from stdin ('-').
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { UpdateLogsResponse } from '../api/types.js';
import { parseUpdateLogsText, UpdateLogsFileError } from './updateLogsFile.js';

export interface SavedLogs {
	response: UpdateLogsResponse;
	/** How the source is named in the header and in messages. */
	sourceName: string;
}

export async function readSavedLogs(
	path: string,
	stdin: NodeJS.ReadableStream = process.stdin,
): Promise<SavedLogs> {
	const sourceName = path === '-' ? 'stdin' : basename(path);
	const text = path === '-' ? await readAll(stdin) : await readFileText(path);
	return { response: parseUpdateLogsText(text, sourceName), sourceName };
}

async function readFileText(path: string): Promise<string> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable');
		throw new UpdateLogsFileError(`cannot read ${path}: ${reason}`);
	}
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) {
		chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	}
	return Buffer.concat(chunks).toString('utf8');
}
