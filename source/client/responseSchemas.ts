// Schemas for every response malog reads. Lenient exactly where the reference documents the API
// disagreeing with itself (workspace_id, custom_spec, config sent as a JSON string, string
// booleans); loose objects everywhere, so unknown fields survive into --json output.
import { z } from 'zod';
import type {
	IamProjectsResponse,
	ListServicesResponse,
	ServiceDetail,
	ServiceEventsResponse,
	UpdateLogsResponse,
} from '../api/types.js';

/** Some responses carried `config` as a JSON-encoded string; decode it before validating. */
function decodedJsonString(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

const stringOrNumber = z.union([z.string(), z.number()]);
const booleanOrString = z.union([z.boolean(), z.string()]);

const customSpec = z.union([
	z.looseObject({
		cpu: z.number().optional(),
		memory: z.number().optional(),
		gpu_p4: z.number().optional(),
		ascend_a310: z.number().optional(),
	}),
	z.number(),
	z.null(),
]);

const logConfig = z.looseObject({
	model_id: z.string().optional(),
	model_name: z.string().optional(),
	model_version: z.string().optional(),
	weight: z.number().optional(),
	specification: z.string().optional(),
	custom_spec: customSpec.optional(),
	instance_count: z.number().optional(),
	envs: z.record(z.string(), z.string()).optional(),
	cluster_id: z.string().optional(),
	scaling: z.boolean().optional(),
});

const nodeResult = z.looseObject({
	node_id: z.string().optional(),
	node_name: z.string().optional(),
	operation: z.string().optional(),
	result: z.boolean().optional(),
});

const updateLogEntry = z.looseObject({
	update_time: z.number(),
	result: z.string(),
	config: z.preprocess(decodedJsonString, z.array(logConfig)).optional(),
	success_num: z.number().optional(),
	failed_num: z.number().optional(),
	result_detail: z.array(nodeResult).optional(),
	cluster_id: z.string().optional(),
	extend_config: z.array(z.unknown()).optional(),
});

export const updateLogsSchema = z.looseObject({
	service_id: z.string(),
	service_name: z.string(),
	logs: z.array(updateLogEntry),
}) satisfies z.ZodType<UpdateLogsResponse>;

const serviceSummaryShape = {
	service_id: z.string(),
	service_name: z.string(),
	description: z.string().optional(),
	publish_at: z.number().optional(),
	update_time: z.number().optional(),
	infer_type: z.string().optional(),
	workspace_id: stringOrNumber.optional(),
	status: z.string().optional(),
	progress: z.number().optional(),
	invocation_times: z.number().optional(),
	failed_times: z.number().optional(),
	is_shared: z.boolean().optional(),
	is_free: z.boolean().optional(),
	is_opened_sample_collection: booleanOrString.optional(),
	additional_properties: z.record(z.string(), z.unknown()).optional(),
};

const serviceSummary = z.looseObject(serviceSummaryShape);

export const listServicesSchema = z.looseObject({
	total_count: z.number(),
	count: z.number(),
	services: z.array(serviceSummary),
}) satisfies z.ZodType<ListServicesResponse>;

const edgeNode = z.looseObject({
	id: z.string().optional(),
	name: z.string().optional(),
	instance_status: z.string().optional(),
	enable_gpu: booleanOrString.optional(),
	host_ips: z.array(z.string()).optional(),
});

const serviceConfig = logConfig.extend({
	status: z.string().optional(),
	nodes: z.array(edgeNode).optional(),
});

export const serviceDetailSchema = z.looseObject({
	...serviceSummaryShape,
	config: z.preprocess(decodedJsonString, z.array(serviceConfig)).optional(),
}) satisfies z.ZodType<ServiceDetail>;

const serviceEvent = z.looseObject({
	event_type: z.string(),
	event_info: z.string(),
	occur_time: z.number(),
});

export const serviceEventsSchema = z.looseObject({
	service_id: z.string().optional(),
	service_name: z.string().optional(),
	total_count: z.number().optional(),
	count: z.number().optional(),
	events: z.array(serviceEvent),
}) satisfies z.ZodType<ServiceEventsResponse>;

export const iamProjectsSchema = z.looseObject({
	projects: z.array(z.looseObject({ id: z.string(), name: z.string() })),
}) satisfies z.ZodType<IamProjectsResponse>;
