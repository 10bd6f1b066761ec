// `malog profile test`: one signed ListServices call (limit=1) and a verdict in one line.
import { ModelArtsError } from '../client/clientErrors.js';
import type { ModelArtsApi } from '../client/modelArtsApi.js';

export interface ConnectionVerdict {
	isOk: boolean;
	/** One line for the user: what was seen, or what failed and what to do. */
	message: string;
	/** The services the project holds, when the call succeeded. */
	serviceCount?: number;
	error?: ModelArtsError;
}

export async function checkConnection(
	api: Pick<ModelArtsApi, 'listServicesPage'>,
	options: { signal?: AbortSignal } = {},
): Promise<ConnectionVerdict> {
	if (!api.listServicesPage) {
		return { isOk: false, message: 'this connection cannot list services page by page' };
	}

	try {
		const page = await api.listServicesPage({ limit: 1 }, { signal: options.signal });
		const count = page.total_count;
		const noun = count === 1 ? 'service' : 'services';
		return {
			isOk: true,
			serviceCount: count,
			message: `connected: the project has ${count} ${noun}`,
		};
	} catch (error) {
		if (!(error instanceof ModelArtsError)) throw error;
		return { isOk: false, message: error.message, error };
	}
}
