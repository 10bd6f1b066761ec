// One program under measurement: a gated tmux terminal with a control-mode client attached
// before the first byte, so start-up, keys and bytes are all timed on the same clock.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Terminal } from '../test/e2e/terminal.js';
import { visibleText } from '../test/e2e/terminalBytes.js';
import { ControlClient } from './controlClient.js';

export interface SessionOptions {
	command: string;
	cols?: number;
	rows?: number;
	env?: Record<string, string>;
}

export class BenchSession {
	private constructor(
		readonly terminal: Terminal,
		readonly control: ControlClient,
		/** When the gate opened: the program's start, on performance.now()'s clock. */
		readonly startedAt: number,
	) {}

	static async start(options: SessionOptions): Promise<BenchSession> {
		const terminal = await Terminal.start({ ...options, isGated: true });
		const control = new ControlClient(terminal);
		await control.ready;
		const startedAt = control.send('wait-for -S start');
		return new BenchSession(terminal, control, startedAt);
	}

	/** Resolves with the arrival time of the first output whose text contains `text`. */
	async waitForOutput(
		text: string | RegExp,
		since = this.startedAt,
		timeoutMs = 60_000,
	): Promise<number> {
		const deadline = performance.now() + timeoutMs;
		while (performance.now() < deadline) {
			const chunks = this.control.chunks.filter((chunk) => chunk.at >= since);
			let seen = Buffer.alloc(0);
			for (const chunk of chunks) {
				seen = Buffer.concat([seen, chunk.bytes]);
				const visible = visibleText(seen.toString('utf8'));
				if (typeof text === 'string' ? visible.includes(text) : text.test(visible)) return chunk.at;
			}
			await this.control.nextOutput(200);
		}
		throw new Error(`"${text}" never appeared; the screen was:\n${await this.terminal.screen()}`);
	}

	/** Sends one key by its tmux name; returns when it was handed over. */
	press(key: string): number {
		return this.control.send(`send-keys -t e2e:0.0 ${key}`);
	}

	/** The node process running `script` inside the terminal. */
	async nodePid(script: string): Promise<number> {
		return this.terminal.findProcess(script);
	}

	async close(): Promise<void> {
		this.control.close();
		await this.terminal.close();
	}
}

/** Resident memory of a process, in bytes (VmRSS of /proc/PID/status). */
export async function residentBytes(pid: number): Promise<number> {
	const status = await readFile(`/proc/${pid}/status`, 'utf8');
	const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1];
	return Number(kilobytes) * 1024;
}

/** CPU time a process has used so far, in seconds (utime + stime of /proc/PID/stat). */
export async function cpuSeconds(pid: number): Promise<number> {
	const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticksPerSecond = 100; // USER_HZ on Linux
	return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return Number.NaN;
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function percentile(values: number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}
