// The glue between `malog logs` and the watch: its flags, checked for sense, and a run that
// ends cleanly on Ctrl-C (exit 0, no stack) or, with --until-done, with the update's outcome.
import type { ModelArtsApi } from '../client/modelArtsApi.js';
import { UsageError } from '../commands/exitCodes.js';
import { watchLogs } from './watchLogs.js';

export interface WatchFlags {
	watch?: boolean;
	untilDone?: boolean;
	interval?: string;
	json?: boolean;
	ndjson?: boolean;
	updateTime?: string;
}

export interface WatchSettings {
	isNdjson: boolean;
	isUntilDone: boolean;
	intervalSeconds?: number;
}

/** undefined when no watch was asked for; a UsageError for flags that make no sense together. */
export function parseWatchFlags(flags: WatchFlags): WatchSettings | undefined {
	const isWatch = flags.watch === true || flags.untilDone === true;
	if (!isWatch) {
		if (flags.interval !== undefined) throw new UsageError('--interval needs --watch');
		return undefined;
	}
	const watchFlag = flags.untilDone === true && flags.watch !== true ? '--until-done' : '--watch';
	if (flags.json) {
		throw new UsageError(`${watchFlag} prints lines or --ndjson events, not --json`);
	}
	if (flags.updateTime !== undefined) {
		throw new UsageError(`${watchFlag} follows the whole log; leave out --update-time`);
	}

	return {
		isNdjson: flags.ndjson === true,
		isUntilDone: flags.untilDone === true,
		intervalSeconds: parseInterval(flags.interval),
	};
}

function parseInterval(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;

	const seconds = Number(value);
	if (!/^\d+(\.\d+)?$/.test(value) || seconds < 1 || seconds > 3600) {
		throw new UsageError(`--interval takes seconds from 1 to 3600, like 5, not "${value}"`);
	}
	return seconds;
}

export interface WatchCommandInput {
	api: ModelArtsApi;
	serviceId: string;
	settings: WatchSettings;
	io: { stdout(text: string): void; stderr(text: string): void };
}

/** Resolves with the exit code: 0, or 1 when --until-done saw the update fail. */
export async function runWatchCommand(input: WatchCommandInput): Promise<number> {
	const interrupt = new AbortController();
	const onSignal = () => interrupt.abort();
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	try {
		return await watchLogs({
			api: input.api,
			serviceId: input.serviceId,
			...input.settings,
			signal: interrupt.signal,
			writeLine: (line) => input.io.stdout(`${line}\n`),
			writeNote: (line) => input.io.stderr(`malog: ${line}\n`),
		});
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	}
}
