// `malog` with no command: the interactive explorer. It needs a terminal; it opens on the
// profile picker unless the flags say where to connect, on the demo when nothing is saved,
// straight on a service's log with --service, and on a saved response with --file.
import type { Command } from 'commander';
import { createElement } from 'react';
import { findServiceId } from '../connection/findService.js';
import { type Connection, openConnection } from '../connection/openConnection.js';
import { createFileApi } from '../offline/fileApi.js';
import { readSavedLogs } from '../offline/readSavedLogs.js';
import { openKeyboard } from '../offline/terminalInput.js';
import { openProfileStore } from '../profiles/openProfileStore.js';
import type { ProfileStore } from '../profiles/profileStore.js';
import { ExplorerRoot } from '../ui/ExplorerRoot.js';
import type { ExplorerOptions } from '../ui/explorer/ServiceExplorer.js';
import { type Connected, ProfilesSlot } from '../ui/ProfilesSlot.js';
import type { ProfileChoice } from '../ui/profiles/ProfileScreen.js';
import { runExplorer } from '../ui/session/runExplorer.js';
import type { ExplorerConnection } from '../ui/state/appState.js';
import { newPane, type Pane } from '../ui/state/panes.js';
import { addConnectionOptions, type ConnectionFlags } from './connectionOptions.js';
import { reportFatal, UsageError } from './exitCodes.js';

export interface ExploreFlags extends ConnectionFlags {
	file?: string;
	service?: string;
	maskAllEnvs?: boolean;
	interval?: string;
	bell?: boolean;
}

interface Start {
	panes: Pane[];
	connection?: ExplorerConnection;
	/** Set when the app opens on the profile picker. */
	store?: ProfileStore;
}

export function parseInterval(value: string | undefined): number {
	const seconds = Number(value ?? '5');
	if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
		throw new UsageError(`--interval takes seconds between 1 and 3600, not "${value}"`);
	}
	return seconds;
}

function isConnectionChosen(flags: ConnectionFlags): boolean {
	return Boolean(flags.profile || flags.demo || flags.endpoint || flags.region || flags.projectId);
}

async function startOnFile(path: string): Promise<Start> {
	const { response, sourceName } = await readSavedLogs(path);
	const connection = {
		api: createFileApi(response),
		label: { isDemo: false, fileName: sourceName },
	};
	return { panes: [newPane.updateLog(response.service_id, response.service_name)], connection };
}

async function panesFor(connection: Connection, service: string | undefined): Promise<Pane[]> {
	if (!service) return [newPane.services()];
	const serviceId = await findServiceId(connection.api, service);
	return [newPane.services(), newPane.updateLog(serviceId)];
}

async function explore(flags: ExploreFlags): Promise<void> {
	if (!process.stdout.isTTY) {
		throw new UsageError(
			'the explorer needs a terminal; ' +
				'for a pipe or a file use `malog services` or `malog logs SERVICE`',
		);
	}
	const options: ExplorerOptions = {
		maskAllEnvs: Boolean(flags.maskAllEnvs),
		intervalSeconds: parseInterval(flags.interval),
		bell: Boolean(flags.bell),
	};
	const connections: Connection[] = [];
	const start = flags.file ? await startOnFile(flags.file) : await startOnline(flags, connections);
	const keyboard = openKeyboard();
	if (!keyboard) {
		throw new UsageError(
			'no terminal to read keys from (stdin is not one and /dev/tty cannot be opened)',
		);
	}

	await runExplorer({
		stdout: process.stdout,
		keyboard,
		app: (quit) =>
			createElement(ExplorerRoot, {
				initialPanes: start.panes,
				connection: start.connection,
				options,
				onQuit: quit,
				renderProfiles: (slot) => {
					const { store } = start;
					if (!store) return null;
					const connect = (choice: ProfileChoice) => connectTo(choice, flags, store, connections);
					return createElement(ProfilesSlot, { ...slot, store, connect, onQuit: quit });
				},
			}),
		cleanup: async () => {
			await Promise.all(connections.map((connection) => connection.close()));
		},
		reportError: reportFatal,
	});
}

async function startOnline(flags: ExploreFlags, connections: Connection[]): Promise<Start> {
	const store: ProfileStore = openProfileStore();
	const hasProfiles = store.list().length > 0;
	if (hasProfiles && !isConnectionChosen(flags)) return { panes: [newPane.profiles()], store };

	const connection = await openConnection(flags, {
		store,
		onStatus: (message) => process.stderr.write(`malog: ${message}\n`),
	});
	connections.push(connection);
	return { panes: await panesFor(connection, flags.service), connection };
}

async function connectTo(
	choice: ProfileChoice,
	flags: ExploreFlags,
	store: ProfileStore,
	connections: Connection[],
): Promise<Connected> {
	const chosen =
		choice.kind === 'demo' ? { ...flags, demo: true } : { ...flags, profile: choice.profile.name };
	const connection = await openConnection(chosen, { store });
	connections.push(connection);
	return { connection, panes: await panesFor(connection, flags.service) };
}

export function registerExploreAction(program: Command): void {
	addConnectionOptions(program)
		.option('--file <path>', 'explore a saved ShowServiceUpdateLogs response (- for stdin)')
		.option('--service <id-or-name>', 'open straight on this service')
		.option('--mask-all-envs', 'hide every env value, for screen sharing')
		.option('--interval <seconds>', 'refresh period while a deploy runs', '5')
		.option('--bell', 'ring the terminal bell when an update finishes')
		.action(async (flags: ExploreFlags) => {
			await explore(flags);
		});
}
