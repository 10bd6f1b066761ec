// SERVICE on the command line is an id or an exact name. Ids are used as they are; names are
// looked up with the service_name filter and then matched exactly (the filter's own matching
// rule is not documented), and a name two services share is refused rather than guessed.
import type { ServiceSummary } from '../api/types.js';
import { NotFoundError } from '../client/clientErrors.js';
import type { ModelArtsApi, RequestOptions } from '../client/modelArtsApi.js';
import { UsageError } from '../commands/exitCodes.js';

const serviceIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function looksLikeServiceId(value: string): boolean {
	return serviceIdPattern.test(value);
}

export async function findServiceId(
	api: Pick<ModelArtsApi, 'listServices'>,
	idOrName: string,
	options?: RequestOptions,
): Promise<string> {
	if (looksLikeServiceId(idOrName)) return idOrName;

	const candidates = await api.listServices({ service_name: idOrName }, options);
	const matches: ServiceSummary[] = candidates.filter(
		(service) => service.service_name === idOrName || service.service_id === idOrName,
	);
	const [first, second] = matches;
	if (first && !second) return first.service_id;

	if (!first) {
		throw new NotFoundError(
			`no service is named or has the id "${idOrName}"; run \`malog services\``,
		);
	}
	const ids = matches.map((service) => service.service_id).join(', ');
	throw new UsageError(`${matches.length} services are named "${idOrName}" (${ids}); pass an id`);
}
