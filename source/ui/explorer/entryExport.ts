// Taking an update out of malog: to the clipboard with OSC 52 (works over SSH and in tmux) or to
// a file in the current folder, or in the temp folder when the current one is not writable.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTooLargeForOsc52, osc52Sequence } from '../../terminal/clipboard.js';

/** A file name that is safe on every file system: service name and update_time. */
export function entryFileName(serviceName: string, updateTime: number): string {
	const safeName = serviceName.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80) || 'service';
	return `malog-${safeName}-${updateTime}.json`;
}

/** Writes the JSON and returns where it went; throws with a one-line message when it cannot. */
export function writeEntryFile(
	json: string,
	fileName: string,
	folders: string[] = [process.cwd(), tmpdir()],
): string {
	let lastError: unknown;
	for (const folder of folders) {
		const path = join(folder, fileName);
		try {
			writeFileSync(path, `${json}\n`, { mode: 0o600 });
			return path;
		} catch (error) {
			lastError = error;
		}
	}
	const code = (lastError as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
	throw new Error(`could not write ${fileName} in ${folders.join(' or ')} (${code})`);
}

export interface CopyResult {
	isCopied: boolean;
	message: string;
}

/** Sends the text to the clipboard by writing the OSC 52 sequence; it moves no cursor. */
export function copyWithOsc52(text: string, write: (data: string) => void): CopyResult {
	if (isTooLargeForOsc52(text)) {
		return { isCopied: false, message: 'too large for the clipboard (OSC 52); w writes a file' };
	}
	write(osc52Sequence(text));
	const size = Buffer.byteLength(text).toLocaleString('en-US');
	return { isCopied: true, message: `copied the update as JSON (${size} bytes, OSC 52)` };
}
