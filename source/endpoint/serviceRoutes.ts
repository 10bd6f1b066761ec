// The ModelArts v1 service routes: ListServices, ShowService, ShowServiceUpdateLogs and
// ShowServiceEvents, under a check that the path's project is the credentials' project.
import { Hono } from 'hono';
import type { DemoCatalog } from './demoCatalog.js';
import { demoProjectId } from './demoCredentials.js';
import type { EndpointEnv } from './endpointEnv.js';
import { invalidArgument, modelArtsError, serviceNotFound } from './errorBodies.js';
import { parseEventsQuery, selectEvents } from './eventsQuery.js';
import { parseListQuery, selectServices } from './listQuery.js';
import { type DemoClock, detailOf, eventsOf, logsOf } from './serviceView.js';

export function serviceRoutes(catalog: DemoCatalog, clock: DemoClock): Hono<EndpointEnv> {
	const routes = new Hono<EndpointEnv>();

	routes.use('/:projectId/*', async (c, next) => {
		const projectId = c.req.param('projectId');
		const headerProject = c.req.header('x-project-id');
		if (projectId !== demoProjectId || (headerProject && headerProject !== projectId)) {
			const message = `The project ID ${projectId} in the URL is not the credentials' project`;
			return modelArtsError(c, 403, 'ModelArts.0210', message);
		}
		await next();
	});

	routes.get('/:projectId/services', (c) => {
		const query = parseListQuery((name) => c.req.query(name));
		if ('expected' in query) return invalidArgument(c, query.name, query.value, query.expected);

		const details = catalog.services.map((each) => detailOf(each, clock));
		return c.json(selectServices(details, query));
	});

	routes.get('/:projectId/services/:serviceId', (c) => {
		const record = catalog.byId.get(c.req.param('serviceId'));
		if (!record) return serviceNotFound(c, c.req.param('serviceId'));
		return c.json(detailOf(record, clock));
	});

	routes.get('/:projectId/services/:serviceId/logs', (c) => {
		const record = catalog.byId.get(c.req.param('serviceId'));
		if (!record) return serviceNotFound(c, c.req.param('serviceId'));

		const updateTime = c.req.query('update_time');
		if (updateTime !== undefined && !/^\d+$/.test(updateTime)) {
			return invalidArgument(c, 'update_time', updateTime, 'epoch milliseconds');
		}
		const all = logsOf(record, clock);
		const logs =
			updateTime === undefined
				? all
				: all.filter((each) => each.update_time === Number(updateTime));
		return c.json({
			service_id: record.base.service_id,
			service_name: record.base.service_name,
			logs,
		});
	});

	routes.get('/:projectId/services/:serviceId/events', (c) => {
		const record = catalog.byId.get(c.req.param('serviceId'));
		if (!record) return serviceNotFound(c, c.req.param('serviceId'));

		const query = parseEventsQuery((name) => c.req.query(name));
		if ('expected' in query) return invalidArgument(c, query.name, query.value, query.expected);
		const { service_id, service_name } = record.base;
		return c.json({ service_id, service_name, ...selectEvents(eventsOf(record, clock), query) });
	});

	return routes;
}
