// All services of one endpoint: the documented example, the hand-made ones, and the generated
// ones of the seed, in a stable order and by id.
import { documentedService } from './documentedExample.js';
import { fixedServices } from './fixedServices.js';
import { generatedServices } from './generatedServices.js';
import type { ServiceRecord } from './serviceRecord.js';

export interface DemoCatalog {
	services: ServiceRecord[];
	byId: Map<string, ServiceRecord>;
}

export function createCatalog(seed: number, anchor: number): DemoCatalog {
	const services = [
		documentedService(),
		...fixedServices(anchor),
		...generatedServices(seed, anchor),
	];
	return { services, byId: new Map(services.map((each) => [each.base.service_id, each])) };
}
