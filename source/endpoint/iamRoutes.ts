// The one IAM call malog makes: GET /v3/projects?name={region}, to find a region's project id.
import { Hono } from 'hono';
import { demoDomainId, demoProjectId, demoRegion } from './demoCredentials.js';
import type { EndpointEnv } from './endpointEnv.js';

export function iamRoutes(): Hono<EndpointEnv> {
	const routes = new Hono<EndpointEnv>();

	routes.get('/projects', (c) => {
		const name = c.req.query('name');
		const project = {
			id: demoProjectId,
			name: demoRegion,
			domain_id: demoDomainId,
			parent_id: demoDomainId,
			enabled: true,
			is_domain: false,
			description: 'malog demo project',
			links: { self: `${new URL(c.req.url).origin}/v3/projects/${demoProjectId}` },
		};
		const projects = name === undefined || name === demoRegion ? [project] : [];
		return c.json({ projects, links: { self: c.req.url, previous: null, next: null } });
	});

	return routes;
}
