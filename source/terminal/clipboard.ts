// Copying over SSH: OSC 52 asks the terminal emulator itself to set the clipboard, so it works
// from a jump host. Multiplexers sit in between and need the sequence wrapped to pass it on.

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

// GNU screen drops DCS strings longer than its buffer; 76 is the chunk size known to pass.
const SCREEN_CHUNK = 76;

/** Base64 payloads beyond this are refused by several terminals (xterm, tmux, kitty). */
export const OSC52_MAX_PAYLOAD = 100_000;

export function osc52Payload(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64');
}

export function isTooLargeForOsc52(text: string): boolean {
	return osc52Payload(text).length > OSC52_MAX_PAYLOAD;
}

/**
 * The bytes to write to stdout to put `text` on the clipboard. Inside tmux the plain sequence
 * is sent (honoured when `set-clipboard on`) followed by a passthrough copy (honoured when
 * `allow-passthrough on`); inside GNU screen it is split into DCS chunks.
 */
export function osc52Sequence(text: string, env: NodeJS.ProcessEnv = process.env): string {
	const plain = `${ESC}]52;c;${osc52Payload(text)}${BEL}`;

	if (env.TMUX) {
		return plain + wrapForTmux(plain);
	}

	if (isGnuScreen(env)) {
		return wrapForScreen(plain);
	}

	return plain;
}

function wrapForTmux(sequence: string): string {
	return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
}

function wrapForScreen(sequence: string): string {
	const chunks: string[] = [];

	for (let start = 0; start < sequence.length; start += SCREEN_CHUNK) {
		chunks.push(`${ESC}P${sequence.slice(start, start + SCREEN_CHUNK)}${ST}`);
	}

	return chunks.join('');
}

function isGnuScreen(env: NodeJS.ProcessEnv): boolean {
	return Boolean(env.STY) || (env.TERM ?? '').startsWith('screen');
}
