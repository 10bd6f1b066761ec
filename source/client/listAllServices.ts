// ListServices pages with offset/limit until total_count is reached. offset is read as an item
// offset (as the OpenStack extension does); a page that brings nothing new ends the walk, so a
// server that ignores offset, or reads it as a page index, cannot make us loop forever.
import type { ListServicesResponse, ServiceSummary } from '../api/types.js';
import type { RequestOptions, ServiceFilter } from './modelArtsApi.js';

export type ServicesPageQuery = ServiceFilter & { offset?: number; limit?: number };

export type FetchServicesPage = (
	query: ServicesPageQuery,
	options?: RequestOptions,
) => Promise<ListServicesResponse>;

export const servicesPageSize = 100;
const maxPages = 1_000;

export async function listAllServices(
	fetchPage: FetchServicesPage,
	filter: ServiceFilter = {},
	options: RequestOptions = {},
	pageSize = servicesPageSize,
): Promise<ServiceSummary[]> {
	const services: ServiceSummary[] = [];
	const seen = new Set<string>();

	for (let page = 0; page < maxPages; page += 1) {
		const response = await fetchPage(
			{ ...filter, offset: services.length, limit: pageSize },
			options,
		);
		const fresh = response.services.filter((service) => !seen.has(service.service_id));

		for (const service of fresh) {
			seen.add(service.service_id);
			services.push(service);
		}
		const isComplete = services.length >= response.total_count;
		if (isComplete || fresh.length === 0) break;
	}
	return services;
}
