// The keys that act on one update, from the log and from the update's own pane alike:
// copy, write, diff with the previous update, events of a failure.
import { type Key, useStdout } from 'ink';
import { useMemo } from 'react';
import type { UpdateLogEntry } from '../../api/types.js';
import { entryAsJson } from '../../presentation/entryJson.js';
import { isAction } from '../keys/matchKey.js';
import type { AppAction } from '../state/appState.js';
import { newPane } from '../state/panes.js';
import { copyWithOsc52, entryFileName, writeEntryFile, writtenNotice } from './entryExport.js';

export interface EntryCommands {
	/** Runs the command the key asks for; false when the key is not one of them. */
	handle(entry: UpdateLogEntry, input: string, key: Key): boolean;
}

export interface EntryCommandOptions {
	serviceName: string;
	maskAllEnvs: boolean;
	/** Exploring a saved file: there is no service to ask for events. */
	isSavedFile?: boolean;
	dispatch(action: AppAction): void;
}

export const savedFileEventsText = 'events are not available for a saved file';

export function useEntryCommands(options: EntryCommandOptions): EntryCommands {
	const { stdout } = useStdout();
	const { serviceName, maskAllEnvs, isSavedFile = false, dispatch } = options;

	return useMemo(() => {
		const notify = (text: string, tone: 'info' | 'error' = 'info') =>
			dispatch({ type: 'notice', notice: { text, tone, at: Date.now() } });

		const handle = (entry: UpdateLogEntry, input: string, key: Key) => {
			if (isAction('copy', input, key)) {
				const copied = copyWithOsc52(entryAsJson(entry, { maskAllEnvs }), (data) =>
					stdout.write(data),
				);
				notify(copied.message, copied.isCopied ? 'info' : 'error');
			} else if (isAction('write', input, key)) {
				try {
					const json = entryAsJson(entry, { maskAllEnvs });
					notify(
						writtenNotice(writeEntryFile(json, entryFileName(serviceName, entry.update_time))),
					);
				} catch (error) {
					notify(error instanceof Error ? error.message : String(error), 'error');
				}
			} else if (isAction('log.diff', input, key)) {
				dispatch({ type: 'push', pane: newPane.diff(entry.update_time) });
			} else if (isAction('log.events', input, key)) {
				if (isSavedFile) notify(savedFileEventsText);
				else dispatch({ type: 'push', pane: newPane.events(entry.update_time) });
			} else return false;
			return true;
		};
		return { handle };
	}, [stdout, serviceName, maskAllEnvs, isSavedFile, dispatch]);
}
