// Error responses in the two shapes the real API produces: the API gateway's (authentication,
// unknown paths) and ModelArts' own ({error_code, error_msg}).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EndpointEnv } from './endpointEnv.js';

type EndpointContext = Context<EndpointEnv>;

export function gatewayError(
	c: EndpointContext,
	status: ContentfulStatusCode,
	code: string,
	message: string,
) {
	return c.json({ error_msg: message, error_code: code, request_id: c.get('requestId') }, status);
}

export function modelArtsError(
	c: EndpointContext,
	status: ContentfulStatusCode,
	code: string,
	message: string,
) {
	return c.json({ error_code: code, error_msg: message }, status);
}

export function invalidArgument(c: EndpointContext, name: string, value: string, expected: string) {
	const message = `Invalid parameter ${name}=${JSON.stringify(value)}: expected ${expected}`;
	return modelArtsError(c, 400, 'ModelArts.0101', message);
}

export function serviceNotFound(c: EndpointContext, serviceId: string) {
	return modelArtsError(c, 404, 'ModelArts.3502', `Service ${serviceId} does not exist`);
}
