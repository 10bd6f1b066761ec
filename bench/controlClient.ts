// A tmux control-mode client: one long-lived process that sends commands (keys) without the cost
// of starting a tmux client each time, and reports every byte the pane's program writes, with the
// moment it arrived. This is what the latency and byte counts are measured on.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Terminal } from '../test/e2e/terminal.js';

export interface OutputChunk {
	at: number;
	bytes: Buffer;
}

export class ControlClient {
	readonly chunks: OutputChunk[] = [];
	private readonly process: ChildProcessWithoutNullStreams;
	private pending = Buffer.alloc(0);
	private waiters: Array<() => void> = [];
	private markReady: () => void = () => undefined;
	/** Resolves once tmux has attached the client to the session. */
	readonly ready = new Promise<void>((resolve) => {
		this.markReady = resolve;
	});

	constructor(terminal: Terminal) {
		this.process = spawn('tmux', terminal.tmuxArguments('-C', 'attach-session', '-t', 'e2e'));
		this.process.stdout.on('data', (data: Buffer) => this.receive(data));
	}

	/** Sends one tmux command; returns the moment it was handed to tmux. */
	send(command: string): number {
		const at = performance.now();
		this.process.stdin.write(`${command}\n`);
		return at;
	}

	/** Bytes written since `since` (performance.now() time). */
	bytesSince(since: number): Buffer {
		return Buffer.concat(this.chunks.filter((chunk) => chunk.at >= since).map((c) => c.bytes));
	}

	allBytes(): Buffer {
		return Buffer.concat(this.chunks.map((chunk) => chunk.bytes));
	}

	/** Resolves at the next output chunk, or after `timeoutMs` with false. */
	nextOutput(timeoutMs: number): Promise<boolean> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => resolve(false), timeoutMs);
			this.waiters.push(() => {
				clearTimeout(timer);
				resolve(true);
			});
		});
	}

	/** Waits until no output has arrived for `quietMs`; returns the time of the last chunk. */
	async settle(quietMs: number, limitMs = 5000): Promise<number> {
		const limit = performance.now() + limitMs;
		while (performance.now() < limit && (await this.nextOutput(quietMs))) {
			// Keep draining until the program stops writing.
		}
		return this.chunks.at(-1)?.at ?? 0;
	}

	close(): void {
		this.process.stdin.end();
		this.process.kill();
	}

	private receive(data: Buffer): void {
		const at = performance.now();
		this.pending = Buffer.concat([this.pending, data]);
		let newline = this.pending.indexOf(10);
		while (newline >= 0) {
			this.handleLine(this.pending.subarray(0, newline), at);
			this.pending = this.pending.subarray(newline + 1);
			newline = this.pending.indexOf(10);
		}
	}

	private handleLine(line: Buffer, at: number): void {
		const prefix = '%output ';
		if (line.toString('latin1').startsWith('%session-changed')) this.markReady();
		if (!line.subarray(0, prefix.length).equals(Buffer.from(prefix))) return;

		const paneEnd = line.indexOf(32, prefix.length);
		this.chunks.push({ at, bytes: unescapeOutput(line.subarray(paneEnd + 1)) });
		const waiters = this.waiters;
		this.waiters = [];
		for (const wake of waiters) wake();
	}
}

/** tmux writes bytes below 32 and the backslash as \ooo (octal); everything else is raw. */
export function unescapeOutput(escaped: Buffer): Buffer {
	const bytes: number[] = [];
	for (let index = 0; index < escaped.length; index++) {
		const byte = escaped[index] ?? 0;
		const isEscape = byte === 92 && isOctal(escaped, index);
		if (isEscape) {
			bytes.push(Number.parseInt(escaped.subarray(index + 1, index + 4).toString(), 8));
			index += 3;
		} else {
			bytes.push(byte);
		}
	}
	return Buffer.from(bytes);
}

function isOctal(buffer: Buffer, backslash: number): boolean {
	const digits = buffer.subarray(backslash + 1, backslash + 4).toString();
	return /^[0-7]{3}$/.test(digits);
}
