// The HTTP implementation of ModelArtsApi: v1 service calls on one transport that signs, times
// out, retries and validates.
import type { IamProjectsResponse } from '../api/types.js';
import { createTransport, type TransportSettings } from './httpTransport.js';
import { listAllServices, type ServicesPageQuery } from './listAllServices.js';
import type { ModelArtsApi, RequestOptions } from './modelArtsApi.js';
import {
	iamProjectsSchema,
	listServicesSchema,
	serviceDetailSchema,
	serviceEventsSchema,
	updateLogsSchema,
} from './responseSchemas.js';

export interface ModelArtsClientSettings extends TransportSettings {
	projectId: string;
}

export function createModelArtsClient(settings: ModelArtsClientSettings): Required<ModelArtsApi> {
	const transport = createTransport(settings);
	const services = ['v1', settings.projectId, 'services'];

	const listServicesPage = (query: ServicesPageQuery, options?: RequestOptions) =>
		transport.getJson(services, { ...query }, listServicesSchema, options);

	return {
		listServicesPage,
		listServices: (filter, options) => listAllServices(listServicesPage, filter, options),
		showService: (serviceId, options) =>
			transport.getJson([...services, serviceId], {}, serviceDetailSchema, options),
		showUpdateLogs: (serviceId, query = {}, options) =>
			transport.getJson(
				[...services, serviceId, 'logs'],
				{ update_time: query.updateTime },
				updateLogsSchema,
				options,
			),
		listEvents: (serviceId, query = {}, options) =>
			transport.getJson(
				[...services, serviceId, 'events'],
				{ ...query },
				serviceEventsSchema,
				options,
			),
	};
}

/** IAM's project list filtered by name (the region id); signed like every other call. */
export function listIamProjects(
	settings: TransportSettings,
	region: string,
	options?: RequestOptions,
): Promise<IamProjectsResponse> {
	return createTransport(settings).getJson(
		['v3', 'projects'],
		{ name: region },
		iamProjectsSchema,
		options,
	);
}
