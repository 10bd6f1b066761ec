// The Hono environment of the endpoint: Node's raw request and response, and what the
// middleware hands on to the routes.
import type { HttpBindings } from '@hono/node-server';

export type EndpointEnv = {
	Bindings: HttpBindings;
	Variables: { requestId: string };
};
