// Taking an update out of malog: to the clipboard with OSC 52 (works over SSH and in tmux) or to
// a file in the current folder, or in the temp folder when the current one is not writable.
import { writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { isTooLargeForOsc52, osc52Sequence } from '../../terminal/clipboard.js';

/** A file name that is safe on every file system: service name and update_time. */
export function entryFileName(serviceName: string, updateTime: number): string {
	const safeName = serviceName.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80) || 'service';
	return `malog-${safeName}-${updateTime}.json`;
}

const maxSuffix = 1000;

/** Writes to `fileName` in the folder, or to name-2.json, name-3.json… when it is taken:
 * an earlier export is never overwritten. */
function writeToFreeName(json: string, folder: string, fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	const [stem, extension] =
		dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
	for (let suffix = 1; ; suffix++) {
		const name = suffix === 1 ? fileName : `${stem}-${suffix}${extension}`;
		const path = join(folder, name);
		try {
			writeFileSync(path, `${json}\n`, { mode: 0o600, flag: 'wx' });
			return path;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'EEXIST' || suffix >= maxSuffix) throw error;
		}
	}
}

/** "wrote <file> in <folder>": the file first, so a deep folder never cuts it off the status
 * line; the home folder is written as ~. */
export function writtenNotice(path: string, home: string = homedir()): string {
	const folder = dirname(path);
	const shortFolder =
		home && (folder === home || folder.startsWith(`${home}${sep}`))
			? `~${folder.slice(home.length)}`
			: folder;
	return `wrote ${basename(path)} in ${shortFolder}`;
}

/** Writes the JSON and returns where it went; throws with a one-line message when it cannot. */
export function writeEntryFile(
	json: string,
	fileName: string,
	folders: string[] = [process.cwd(), tmpdir()],
): string {
	let lastError: unknown;
	for (const folder of folders) {
		try {
			return writeToFreeName(json, folder, fileName);
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
