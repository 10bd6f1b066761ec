// `malog profile test NAME`: opens the connection the profile describes, makes one signed
// ListServices call (limit=1) and prints the verdict; a failure exits 1. A project id that had to
// be looked up is offered for saving, so later runs skip the lookup.
import { UsageError } from '../../commands/exitCodes.js';
import { checkConnection } from '../../connection/checkConnection.js';
import { type Connection, openConnection } from '../../connection/openConnection.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import type { Profile } from '../profile.js';
import { ProfileInputError } from '../profileErrors.js';
import type { ProfileCommandIo } from './profileCommandIo.js';

export interface TestFlags {
	timeout?: string;
	saveProjectId?: boolean;
}

export async function testProfile(
	io: ProfileCommandIo,
	name: string,
	flags: TestFlags,
): Promise<void> {
	const profile = io.openStore().get(name);
	if (!profile) throw new ProfileInputError(`no profile named "${name}" (see malog profile list)`);

	const connection = await connect(io, name, flags.timeout);
	try {
		const verdict = await checkConnection(connection.api);
		const where = `${connection.label.endpoint}, project ${connection.projectId}`;
		const line = `${verdict.isOk ? 'ok' : 'failed'}: ${sanitizeText(verdict.message)} (${where})`;
		if (!verdict.isOk) throw new Error(`profile "${name}" ${line}`);

		io.out(`${line}\n`);
		await offerProjectId(io, profile, connection, Boolean(flags.saveProjectId));
	} finally {
		await connection.close();
	}
}

async function connect(io: ProfileCommandIo, name: string, timeout?: string): Promise<Connection> {
	try {
		return await openConnection(
			{ profile: name, timeout },
			{ store: io.openStore(), env: io.env, onStatus: (text) => io.err(`${sanitizeText(text)}\n`) },
		);
	} catch (error) {
		if (error instanceof UsageError || !(error instanceof Error)) throw error;
		throw new Error(`profile "${name}" failed: ${sanitizeText(error.message)}`);
	}
}

async function offerProjectId(
	io: ProfileCommandIo,
	profile: Profile,
	connection: Connection,
	isSaveRequested: boolean,
): Promise<void> {
	if (profile.projectId || !connection.projectId) return;

	const prompter = io.prompter();
	const question = `Save project id ${connection.projectId} in profile "${profile.name}"?`;
	const isSaving =
		isSaveRequested || (prompter.isInteractive && (await prompter.confirm(question)));
	if (!isSaving) {
		io.err('note: pass --save-project-id to keep the project id in the profile\n');
		return;
	}
	io.openStore().save({ ...profile, projectId: connection.projectId });
	io.err(`saved project id ${connection.projectId} in profile "${profile.name}"\n`);
}
