// `malog logs SERVICE`: a service's update log, newest first, as lines for people, the API
// response as JSON, or one entry per line (NDJSON) for jq and friends.
import type { Command } from 'commander';
import type { UpdateLogEntry, UpdateLogsResponse } from '../api/types.js';
import { findServiceId } from '../connection/findService.js';
import type { OpenConnectionOptions } from '../connection/openConnection.js';
import { parseWatchFlags, runWatchCommand, type WatchFlags } from '../live/watchCommand.js';
import { maskDeep } from '../presentation/maskSecrets.js';
import { modelsText } from '../presentation/modelSummary.js';
import { nodeCountsText } from '../presentation/nodeResults.js';
import { formatTimestamp } from '../presentation/time.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { type CommandIo, plainTable, processIo, withConnection } from './commandOutput.js';
import { addConnectionOptions, type ConnectionFlags } from './connectionOptions.js';
import { UsageError } from './exitCodes.js';

export interface LogsFlags extends ConnectionFlags, WatchFlags {
	json?: boolean;
	ndjson?: boolean;
	updateTime?: string;
}

const maskOptions = { maskAllEnvs: false };

export function parseUpdateTime(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d{1,16}$/.test(value)) {
		throw new UsageError(
			`--update-time takes epoch milliseconds like 1586250930708, not "${value}"`,
		);
	}
	return Number(value);
}

export function newestFirst(logs: UpdateLogEntry[]): UpdateLogEntry[] {
	return [...logs].sort((left, right) => right.update_time - left.update_time);
}

export function updateLogLines(response: UpdateLogsResponse): string[] {
	const count = response.logs.length;
	const name = sanitizeText(response.service_name);
	const id = sanitizeText(response.service_id);
	const title = `${name} (${id}): ${count} update${count === 1 ? '' : 's'}`;
	if (count === 0) return [title];

	const rows = newestFirst(response.logs).map((entry) => [
		formatTimestamp(entry.update_time, 'utc'),
		entry.result,
		entry.result_detail ? nodeCountsText(entry) : '',
		modelsText(entry.config),
	]);
	return [title, ...plainTable(['TIME (UTC)', 'RESULT', 'NODES', 'MODELS'], rows)];
}

export function formatLogs(response: UpdateLogsResponse, flags: LogsFlags): string {
	if (flags.json) return `${JSON.stringify(maskDeep(response, maskOptions), null, 2)}\n`;
	if (flags.ndjson) {
		const lines = newestFirst(response.logs).map((entry) =>
			JSON.stringify(maskDeep(entry, maskOptions)),
		);
		return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
	}
	return `${updateLogLines(response).join('\n')}\n`;
}

export async function runLogs(
	service: string,
	flags: LogsFlags,
	io: CommandIo = processIo,
	options: OpenConnectionOptions = {},
): Promise<void> {
	if (flags.json && flags.ndjson) throw new UsageError('choose one of --json and --ndjson');
	const updateTime = parseUpdateTime(flags.updateTime);
	const watch = parseWatchFlags(flags);

	await withConnection(
		flags,
		io,
		async ({ api }) => {
			const serviceId = await findServiceId(api, service);
			if (watch) {
				process.exitCode = await runWatchCommand({ api, serviceId, settings: watch, io });
				return;
			}
			const response = await api.showUpdateLogs(serviceId, { updateTime });
			io.stdout(formatLogs(response, flags));
		},
		options,
	);
}

export function registerLogsCommand(program: Command): void {
	addConnectionOptions(program.command('logs <service>'))
		.description("print a service's update log (SERVICE is an id or an exact name)")
		.option('--json', 'print the API response as JSON')
		.option('--ndjson', 'print one JSON entry a line')
		.option('--update-time <ms>', 'only the update at this time (epoch milliseconds)')
		.option('--watch', 'keep printing new entries and changes of result until Ctrl-C')
		.option('--until-done', 'watch until the newest update finishes: exit 0 SUCCESS, 1 FAIL')
		.option('--interval <seconds>', 'seconds between refreshes while a deploy runs (--watch)')
		.action((service: string, flags: LogsFlags) => runLogs(service, flags));
}
