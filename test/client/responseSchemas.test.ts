// The documented inconsistencies are accepted, unknown fields survive, and a body that does not
// fit becomes an error naming the field.
import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from '../../source/client/clientErrors.js';
import { fieldName, parseJsonBody } from '../../source/client/responseBody.js';
import {
	listServicesSchema,
	serviceDetailSchema,
	updateLogsSchema,
} from '../../source/client/responseSchemas.js';

const context = {
	host: 'modelarts.cn-north-4.myhuaweicloud.com',
	path: '/v1/p/services',
	authKind: 'aksk' as const,
	credentialSource: 'test',
	projectId: 'p',
	secrets: ['s3cr3t-value'],
	status: 200,
	requestId: 'req-1',
};

function parse<T>(schema: Parameters<typeof parseJsonBody<T>>[1], body: unknown) {
	return parseJsonBody({ text: JSON.stringify(body), isTruncated: false }, schema, context, 1e6);
}

describe('lenient where the reference says the API disagrees with itself', () => {
	it('takes workspace_id as a number or a string, and keeps unknown fields', () => {
		const response = parse(listServicesSchema, {
			total_count: 2,
			count: 2,
			services: [
				{ service_id: 'a', service_name: 'mnist', workspace_id: 0, brand_new: { x: 1 } },
				{
					service_id: 'b',
					service_name: 'b',
					workspace_id: '0',
					is_opened_sample_collection: 'false',
				},
			],
			page_token: 'kept',
		});
		expect(response.services[0]?.workspace_id).toBe(0);
		expect(response.services[0]?.brand_new).toEqual({ x: 1 });
		expect(response.page_token).toBe('kept');
	});

	it('takes custom_spec as an object, a number or null', () => {
		const logs = parse(updateLogsSchema, {
			service_id: 's',
			service_name: 'n',
			logs: [
				{ update_time: 1, result: 'SUCCESS', config: [{ custom_spec: { cpu: 2, extra: 1 } }] },
				{ update_time: 2, result: 'FAIL', config: [{ custom_spec: 1.5 }] },
				{ update_time: 3, result: 'RUNNING', config: [{ custom_spec: null }] },
			],
		});
		expect(logs.logs.map((each) => each.config?.[0]?.custom_spec)).toEqual([
			{ cpu: 2, extra: 1 },
			1.5,
			null,
		]);
	});

	it('decodes config sent as a JSON string', () => {
		const config = [{ model_name: 'm', model_version: '1', weight: 100 }];
		const logs = parse(updateLogsSchema, {
			service_id: 's',
			service_name: 'n',
			logs: [{ update_time: 1, result: 'SUCCESS', config: JSON.stringify(config) }],
		});
		expect(logs.logs[0]?.config).toEqual(config);

		const detail = parse(serviceDetailSchema, {
			service_id: 's',
			service_name: 'n',
			config: JSON.stringify([{ model_id: 'x', nodes: [{ id: 'n1', enable_gpu: 'true' }] }]),
		});
		expect(detail.config?.[0]?.nodes?.[0]?.enable_gpu).toBe('true');
	});
});

describe('bodies that do not fit', () => {
	it('name the field that is wrong', () => {
		const attempt = () =>
			parse(updateLogsSchema, {
				service_id: 's',
				service_name: 'n',
				logs: [
					{ update_time: 1, result: 'SUCCESS' },
					{ update_time: '2020', result: 'FAIL' },
				],
			});
		expect(attempt).toThrow(UnexpectedResponseError);
		expect(attempt).toThrow(/does not understand: logs\[1\]\.update_time: /);
		try {
			attempt();
		} catch (error) {
			expect((error as UnexpectedResponseError).field).toBe('logs[1].update_time');
			expect((error as UnexpectedResponseError).requestId).toBe('req-1');
		}
	});

	it('name a missing top-level field, and never echo a known secret', () => {
		expect(() => parse(listServicesSchema, { count: 0, services: [] })).toThrow(/total_count/);
		const text = '<html>s3cr3t-value\u001b[2J</html>';
		const attempt = () =>
			parseJsonBody({ text, isTruncated: false }, listServicesSchema, context, 1e6);
		expect(attempt).toThrow(/not valid JSON \(\*\*\* \[2J\)/);
	});

	it('build readable field paths', () => {
		expect(fieldName(['logs', 0, 'config', 2, 'weight'])).toBe('logs[0].config[2].weight');
		expect(fieldName([])).toBe('the body');
	});
});
