// A real terminal for end-to-end tests: a detached tmux session of a chosen size on a private
// server, the command run with an explicit environment, keys sent by their tmux names, the
// screen read back and waited on by polling with a deadline, the raw bytes recorded.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { shellQuote } from './shellQuote.js';

const run = promisify(execFile);

export interface TerminalOptions {
	/**
	 * A shell command line; it runs under /bin/sh once the recording is in place. A function
	 * gets the terminal's private folder, for files the command writes.
	 */
	command: string | ((folder: string) => string);
	cols?: number;
	rows?: number;
	/** Added to (or replacing) the base environment: PATH, HOME, TERM, LANG, TZ, MALOG_*. */
	env?: Record<string, string>;
	cwd?: string;
	/** Record every byte the command writes to the terminal (see rawOutput()). */
	isRecording?: boolean;
	/** Leave the command waiting until release() (the benchmark attaches its own reader first). */
	isGated?: boolean;
}

export interface PaneState {
	isAlternateScreen: boolean;
	isCursorVisible: boolean;
	isMouseTracking: boolean;
	isDead: boolean;
	exitStatus?: number;
	/** The signal that ended the command, when one did. */
	exitSignal?: number;
}

export interface WaitOptions {
	timeoutMs?: number;
	/** Read the screen with its colours and styles (capture-pane -e). */
	hasStyles?: boolean;
}

/** CI machines are slow and noisy; E2E_TIME_SCALE=2 doubles every deadline. */
const timeScale = Number(process.env.E2E_TIME_SCALE ?? '1') || 1;
export const defaultTimeoutMs = 30_000 * timeScale;
/** A whole end-to-end test: several waits, on a machine that may be busy. */
export const testTimeoutMs = 120_000 * timeScale;
const pollIntervalMs = 40;

export class Terminal {
	/** A private folder: the tmux socket, the recording, HOME and MALOG_CONFIG_DIR live in it. */
	readonly folder: string;
	readonly configDir: string;
	private readonly socket: string;
	private readonly target = 'e2e:0.0';

	private constructor(folder: string) {
		this.folder = folder;
		this.configDir = join(folder, 'config');
		this.socket = join(folder, 'tmux.sock');
	}

	static async start(options: TerminalOptions): Promise<Terminal> {
		const folder = await mkdtemp(join(tmpdir(), 'malog-e2e-'));
		const terminal = new Terminal(folder);
		await terminal.launch(options);
		return terminal;
	}

	get recordingPath(): string {
		return join(this.folder, 'output.raw');
	}

	/** tmux itself, on this terminal's private server. */
	async tmux(...args: string[]): Promise<string> {
		const { stdout } = await run('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
		return stdout;
	}

	/** Keys by tmux name: 'Down', 'Enter', 'Escape', 'C-c', 'NPage', 'q'. */
	async press(...keys: string[]): Promise<void> {
		await this.tmux('send-keys', '-t', this.target, ...keys);
	}

	/** Text typed literally, character by character as a user would. */
	async type(text: string): Promise<void> {
		await this.tmux('send-keys', '-t', this.target, '-l', text);
	}

	async screen(options: { hasStyles?: boolean } = {}): Promise<string> {
		const styleFlag = options.hasStyles ? ['-e'] : [];
		return this.tmux('capture-pane', '-p', ...styleFlag, '-t', this.target);
	}

	/** Polls the screen until the predicate holds; the error shows the last screen seen. */
	async waitFor(
		predicate: (screen: string) => boolean,
		description: string,
		options: WaitOptions = {},
	): Promise<string> {
		const deadline = Date.now() + (options.timeoutMs ?? defaultTimeoutMs);
		let screen = '';
		while (Date.now() < deadline) {
			screen = await this.screen({ hasStyles: options.hasStyles ?? false });
			if (predicate(screen)) return screen;
			await pause(pollIntervalMs);
		}
		throw new Error(`timed out waiting for ${description}; the screen was:\n${screen}`);
	}

	async waitForText(text: string | RegExp, options: WaitOptions = {}): Promise<string> {
		return this.waitFor((screen) => matches(screen, text), `"${String(text)}"`, options);
	}

	async waitForTextGone(text: string | RegExp, options: WaitOptions = {}): Promise<string> {
		return this.waitFor((screen) => !matches(screen, text), `"${String(text)}" to go`, options);
	}

	async state(): Promise<PaneState> {
		const format =
			'#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{pane_dead} ' +
			'#{pane_dead_status} #{pane_dead_signal}';
		const [alternate, cursor, mouse, dead, status, signal] = (
			await this.tmux('display-message', '-p', '-t', this.target, format)
		)
			.trim()
			.split(' ');
		const isDead = dead === '1';
		return {
			isAlternateScreen: alternate === '1',
			isCursorVisible: cursor === '1',
			isMouseTracking: mouse === '1',
			isDead,
			...(isDead && status ? { exitStatus: Number(status) } : {}),
			...(isDead && signal ? { exitSignal: Number(signal) } : {}),
		};
	}

	async waitForExit(options: WaitOptions = {}): Promise<PaneState> {
		const deadline = Date.now() + (options.timeoutMs ?? defaultTimeoutMs);
		while (Date.now() < deadline) {
			// tmux marks the pane dead when the terminal closes, and learns the status a moment later.
			const state = await this.state();
			const isReaped = state.exitStatus !== undefined || state.exitSignal !== undefined;
			if (state.isDead && isReaped) return state;
			await pause(pollIntervalMs);
		}
		throw new Error(`timed out waiting for the command to exit:\n${await this.screen()}`);
	}

	/** Every byte the command has written so far (needs isRecording). */
	async rawOutput(): Promise<Buffer> {
		return readFile(this.recordingPath).catch(() => Buffer.alloc(0));
	}

	async resize(cols: number, rows: number): Promise<void> {
		await this.tmux('resize-window', '-t', this.target, '-x', String(cols), '-y', String(rows));
	}

	/** The pid of the shell tmux started in the pane. */
	async panePid(): Promise<number> {
		return Number(
			(await this.tmux('display-message', '-p', '-t', this.target, '#{pane_pid}')).trim(),
		);
	}

	/** The processes below the pane's shell whose command line contains `name`. */
	async processes(name: string): Promise<number[]> {
		const all = await descendants(await this.panePid());
		return all.filter((pid) => commandLine(pid).includes(name));
	}

	/** The newest process whose command line contains `name`, below the pane's shell. */
	async findProcess(name: string, options: WaitOptions = {}): Promise<number> {
		const deadline = Date.now() + (options.timeoutMs ?? defaultTimeoutMs);
		while (Date.now() < deadline) {
			const newest = (await this.processes(name)).at(-1);
			if (newest !== undefined) return newest;
			await pause(pollIntervalMs);
		}
		throw new Error(`no process running "${name}" in the terminal`);
	}

	async close(): Promise<void> {
		await this.tmux('kill-server').catch(() => undefined);
		await rm(this.folder, { recursive: true, force: true });
	}

	private async launch(options: TerminalOptions): Promise<void> {
		const env = { ...baseEnvironment(this.folder, this.configDir), ...options.env };
		const assignments = Object.entries(env).map(([key, value]) => shellQuote(`${key}=${value}`));
		const cwd = options.cwd ?? process.cwd();

		// The pane waits on a tmux channel, so the recording is in place before the first byte.
		const gate = `tmux -S ${shellQuote(this.socket)} wait-for start`;
		const command =
			typeof options.command === 'function' ? options.command(this.folder) : options.command;
		const body = `cd ${shellQuote(cwd)} && exec env -i ${assignments.join(' ')} /bin/sh -c ${shellQuote(command)}`;
		await writeFile(join(this.folder, 'command.sh'), `${gate} && ${body}\n`);

		const size = ['-x', String(options.cols ?? 80), '-y', String(options.rows ?? 24)];
		await run('tmux', [
			...['-S', this.socket, '-f', '/dev/null', 'new-session', '-d', '-s', 'e2e', ...size],
			`/bin/sh ${shellQuote(join(this.folder, 'command.sh'))}`,
			...[';', 'set-option', '-g', 'remain-on-exit', 'on'],
			...[';', 'set-option', '-g', 'window-size', 'manual'],
			...[';', 'set-option', '-g', 'status', 'off'],
		]);
		if (options.isRecording) {
			await this.tmux(
				'pipe-pane',
				'-o',
				'-t',
				this.target,
				`cat >> ${shellQuote(this.recordingPath)}`,
			);
		}
		if (!options.isGated) await this.release();
	}

	/** Lets a gated command start. */
	async release(): Promise<void> {
		await this.tmux('wait-for', '-S', 'start');
	}

	/** The arguments that run tmux on this terminal's server (for a control-mode client). */
	tmuxArguments(...args: string[]): string[] {
		return ['-S', this.socket, ...args];
	}
}

function baseEnvironment(folder: string, configDir: string): Record<string, string> {
	return {
		PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
		HOME: join(folder, 'home'),
		XDG_CONFIG_HOME: join(folder, 'home', '.config'),
		MALOG_CONFIG_DIR: configDir,
		TERM: 'xterm-256color',
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		TZ: 'UTC',
	};
}

function matches(screen: string, text: string | RegExp): boolean {
	return typeof text === 'string' ? screen.includes(text) : text.test(screen);
}

async function descendants(pid: number): Promise<number[]> {
	const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
	const direct = children.split(' ').filter(Boolean).map(Number);
	const nested = await Promise.all(direct.map(descendants));
	return direct.flatMap((child, index) => [child, ...(nested[index] ?? [])]);
}

function commandLine(pid: number): string {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
	} catch {
		return '';
	}
}

export function pause(milliseconds: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
