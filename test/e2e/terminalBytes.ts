// Reads what a program wrote to its terminal: splits the bytes into text and control sequences,
// and names every sequence a well-behaved full-screen app would not send on its own.

export type SequenceKind = 'csi' | 'osc' | 'string' | 'escape' | 'control';

export interface ControlSequence {
	kind: SequenceKind;
	text: string;
	/** Offset in the decoded text. */
	index: number;
}

const esc = '\u001B';
const bel = '\u0007';

/** Splits decoded output into its control sequences (text between them is left out). */
export function controlSequences(output: string): ControlSequence[] {
	const found: ControlSequence[] = [];
	let index = 0;
	while (index < output.length) {
		const code = output.charCodeAt(index);
		const isControl = code < 0x20 || (code >= 0x7f && code <= 0x9f);
		if (!isControl) {
			index++;
			continue;
		}
		const length = code === 0x1b ? escapeLength(output, index) : 1;
		const text = output.slice(index, index + length);
		found.push({ kind: kindOf(text), text, index });
		index += length;
	}
	return found;
}

function escapeLength(output: string, start: number): number {
	const introducer = output[start + 1];
	if (introducer === '[') return csiLength(output, start);
	if (introducer === ']' || introducer === 'P' || introducer === '_' || introducer === '^') {
		return stringLength(output, start);
	}
	const isCharset = introducer === '(' || introducer === ')' || introducer === '#';
	return Math.min(output.length - start, isCharset ? 3 : 2);
}

function csiLength(output: string, start: number): number {
	let index = start + 2;
	while (index < output.length) {
		const code = output.charCodeAt(index);
		if (code >= 0x40 && code <= 0x7e) return index - start + 1;
		if (code < 0x20 || code > 0x3f) return index - start; // broken: stop before it
		index++;
	}
	return output.length - start;
}

/** OSC, DCS, APC and PM run to BEL or ESC \ (or to the end, when never closed). */
function stringLength(output: string, start: number): number {
	for (let index = start + 2; index < output.length; index++) {
		if (output[index] === bel) return index - start + 1;
		if (output[index] === esc && output[index + 1] === '\\') return index - start + 2;
	}
	return output.length - start;
}

function kindOf(text: string): SequenceKind {
	if (text[0] !== esc) return 'control';
	if (text[1] === '[') return 'csi';
	if (text[1] === ']') return 'osc';
	if (text[1] === 'P' || text[1] === '_' || text[1] === '^') return 'string';
	return 'escape';
}

// What an Ink app with an alternate screen writes: styles, cursor moves, erasing, and the
// cursor, alternate-screen and synchronised-output modes.
const allowedCsi = new RegExp(
	`^${esc}\\[[0-9;]*[mABCDEFGHJKSTfsu]$|^${esc}\\[\\?(?:25|1049|47|1047|1048|2026|2004)[hl]$`,
);
const allowedControls = new Set(['\r', '\n', '\b', '\t']);

/** Every sequence that is not the app's own styling, cursor or screen handling. */
export function unexpectedSequences(output: string): ControlSequence[] {
	return controlSequences(output).filter((sequence) => {
		if (sequence.kind === 'control') return !allowedControls.has(sequence.text);
		if (sequence.kind === 'csi') return !allowedCsi.test(sequence.text);
		return true;
	});
}

/** The text a program wrote, without its control sequences. */
export function visibleText(output: string): string {
	let text = '';
	let last = 0;
	for (const sequence of controlSequences(output)) {
		text += output.slice(last, sequence.index);
		if (sequence.text === '\n') text += '\n';
		last = sequence.index + sequence.text.length;
	}
	return text + output.slice(last);
}
