// What the picker's `t` runs: the same one signed ListServices call (limit=1) as
// `malog profile test`, reduced to a one-line verdict. Failures resolve too: the screen shows them.
import { checkConnection } from '../../connection/checkConnection.js';
import { openConnection } from '../../connection/openConnection.js';
import type { Profile } from '../../profiles/profile.js';
import type { ProfileStore } from '../../profiles/profileStore.js';

export async function testProfileConnection(
	store: ProfileStore,
	profile: Profile,
): Promise<string> {
	let connection: Awaited<ReturnType<typeof openConnection>>;
	try {
		connection = await openConnection({ profile: profile.name, timeout: '15' }, { store });
	} catch (error) {
		return `failed: ${error instanceof Error ? error.message : String(error)}`;
	}
	try {
		const verdict = await checkConnection(connection.api);
		return `${verdict.isOk ? 'ok' : 'failed'}: ${verdict.message}`;
	} finally {
		await connection.close();
	}
}
