// When the saved response arrives on stdin, stdin is a pipe and the keys must come from the
// terminal itself: /dev/tty, the controlling terminal of the process.
import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';

/** The stream to read keys from, or undefined when there is no terminal to read them from. */
export function openKeyboard(
	stdin: NodeJS.ReadStream = process.stdin,
): NodeJS.ReadStream | undefined {
	if (stdin.isTTY) return stdin;
	try {
		const descriptor = openSync('/dev/tty', 'r');
		return new ReadStream(descriptor) as NodeJS.ReadStream;
	} catch {
		return undefined;
	}
}
