// `malog logs SERVICE --watch`: prints the update log oldest first, then each new entry and
// each change of result as the refreshes find them, until the signal aborts (Ctrl-C) or, with
// untilDone, until the newest update has finished. Refreshes pace and back off exactly as in the
// explorer (updateLogPoller.ts).
import type { UpdateLogEntry, UpdateLogsResponse } from '../api/types.js';
import { ModelArtsError } from '../client/clientErrors.js';
import type { ModelArtsApi } from '../client/modelArtsApi.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { formatDuration } from './durationText.js';
import { newestEntry, type UpdateLogChanges } from './updateLogChanges.js';
import { createUpdateLogPoller } from './updateLogPoller.js';
import { changeEvent, changeLine, entryEvent, entryLine } from './watchLines.js';

export interface WatchLogsOptions {
	api: ModelArtsApi;
	serviceId: string;
	intervalSeconds?: number;
	idleIntervalSeconds?: number;
	isNdjson?: boolean;
	/** End when the newest update has finished: 0 for SUCCESS, 1 for FAIL. */
	isUntilDone?: boolean;
	/** Aborting it ends the watch with exit code 0 (the command aborts it on SIGINT). */
	signal?: AbortSignal;
	/** One line of output, without its newline. */
	writeLine(line: string): void;
	/** One line about the watch itself (failures, the reason it ended). */
	writeNote(line: string): void;
	now?: () => number;
}

export const watchExitCodes = { ok: 0, updateFailed: 1 } as const;

/** Resolves with the exit code; rejects when the service cannot be read at all. */
export function watchLogs(options: WatchLogsOptions): Promise<number> {
	return new Promise((resolve, reject) => {
		let hasData = false;
		const poller = createUpdateLogPoller({
			api: options.api,
			serviceId: options.serviceId,
			intervalSeconds: options.intervalSeconds,
			idleIntervalSeconds: options.idleIntervalSeconds,
			now: options.now,
			onRefresh(response, changes) {
				if (!hasData)
					options.writeNote(
						`watching ${sanitizeText(response.service_name)} (times in UTC); Ctrl-C stops`,
					);
				printRefresh(options, hasData ? undefined : response, changes);
				hasData = true;
				const exitCode = options.isUntilDone ? finishedExitCode(options, response) : undefined;
				if (exitCode !== undefined) finish(exitCode);
			},
			onFailure(error, retryInMs) {
				if (!hasData && !isWorthRetrying(error)) return fail(error);
				const message = error instanceof Error ? error.message : String(error);
				const retry = formatDuration(retryInMs);
				options.writeNote(`refresh failed: ${message} — retrying in ${retry}`);
			},
		});

		function finish(exitCode: number): void {
			poller.stop();
			options.signal?.removeEventListener('abort', onAbort);
			resolve(exitCode);
		}

		function fail(error: unknown): void {
			poller.stop();
			options.signal?.removeEventListener('abort', onAbort);
			reject(error);
		}

		function onAbort(): void {
			finish(watchExitCodes.ok);
		}

		if (options.signal?.aborted) return resolve(watchExitCodes.ok);
		options.signal?.addEventListener('abort', onAbort, { once: true });
		poller.start();
	});
}

/** The first time, every entry; later, what changed: finishes first, as they came first. */
function printRefresh(
	options: WatchLogsOptions,
	firstResponse: UpdateLogsResponse | undefined,
	changes: UpdateLogChanges,
): void {
	for (const change of changes.resultChanges) {
		options.writeLine(
			options.isNdjson ? changeEvent(options.serviceId, change) : changeLine(change),
		);
	}
	const entries = firstResponse ? firstResponse.logs : changes.newEntries;
	for (const entry of oldestFirst(entries)) {
		options.writeLine(options.isNdjson ? entryEvent(options.serviceId, entry) : entryLine(entry));
	}
}

function oldestFirst(entries: readonly UpdateLogEntry[]): UpdateLogEntry[] {
	return [...entries].sort((a, b) => a.update_time - b.update_time);
}

function finishedExitCode(
	options: WatchLogsOptions,
	response: UpdateLogsResponse,
): number | undefined {
	const result = newestEntry(response)?.result;
	if (result !== 'SUCCESS' && result !== 'FAIL') return undefined;

	options.writeNote(`the newest update finished: ${result}`);
	return result === 'SUCCESS' ? watchExitCodes.ok : watchExitCodes.updateFailed;
}

/** Before any data came, only a failure that may heal is worth waiting for. */
function isWorthRetrying(error: unknown): boolean {
	return error instanceof ModelArtsError ? error.isRetryable : false;
}
