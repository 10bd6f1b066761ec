// The shapes of the ModelArts v1 service API that malog reads, as documented (see the API
// reference). Everything the documentation marks optional, or that real responses were seen to
// omit, is optional here. The client validates responses into these types; the built-in endpoint
// produces them.

/** Milliseconds since 1970-01-01 UTC. */
export type EpochMs = number;

export type InferType = 'real-time' | 'batch' | 'edge';

export type ServiceStatus =
	| 'running'
	| 'deploying'
	| 'concerning'
	| 'failed'
	| 'stopped'
	| 'finished'
	| 'stopping'
	| 'deleting'
	| 'pending'
	| 'waiting';

export type UpdateResult = 'SUCCESS' | 'FAIL' | 'RUNNING';

export interface CustomSpec {
	cpu?: number;
	memory?: number;
	gpu_p4?: number;
	ascend_a310?: number;
}

export interface ServiceLogConfig {
	model_id?: string;
	model_name?: string;
	model_version?: string;
	weight?: number;
	specification?: string;
	/** An object as documented; older pages type it as a number, and null was seen too. */
	custom_spec?: CustomSpec | number | null;
	instance_count?: number;
	envs?: Record<string, string>;
	cluster_id?: string;
	scaling?: boolean;
	[unknown: string]: unknown;
}

/** One edge node's outcome in an update (table 5 of the update-log page). */
export interface NodeResult {
	node_id?: string;
	node_name?: string;
	operation?: 'deploy' | 'delete' | string;
	result?: boolean;
}

export interface UpdateLogEntry {
	update_time: EpochMs;
	result: UpdateResult | string;
	config?: ServiceLogConfig[];
	success_num?: number;
	failed_num?: number;
	result_detail?: NodeResult[];
	cluster_id?: string;
	extend_config?: unknown[];
	[unknown: string]: unknown;
}

export interface UpdateLogsResponse {
	service_id: string;
	service_name: string;
	logs: UpdateLogEntry[];
	[unknown: string]: unknown;
}

export interface ServiceSchedule {
	type: string;
	time_unit: string;
	duration: number;
}

export interface ServiceSummary {
	service_id: string;
	service_name: string;
	description?: string;
	tenant?: string;
	project?: string;
	owner?: string;
	publish_at?: EpochMs;
	update_time?: EpochMs;
	infer_type?: InferType | string;
	workspace_id?: string | number;
	status?: ServiceStatus | string;
	progress?: number;
	invocation_times?: number;
	failed_times?: number;
	is_shared?: boolean;
	shared_count?: number;
	schedule?: ServiceSchedule[];
	due_time?: EpochMs;
	start_time?: EpochMs;
	finished_time?: EpochMs;
	operation_time?: EpochMs;
	transition_at?: EpochMs;
	is_free?: boolean;
	is_opened_sample_collection?: boolean | string;
	additional_properties?: Record<string, unknown>;
	[unknown: string]: unknown;
}

export interface ListServicesResponse {
	total_count: number;
	count: number;
	services: ServiceSummary[];
	[unknown: string]: unknown;
}

/** An edge node as ShowService lists it under config[].nodes[]. */
export interface EdgeNode {
	id?: string;
	name?: string;
	instance_status?: string;
	message?: string;
	predict_url?: string;
	node_label?: string;
	description?: string;
	host_name?: string;
	os_name?: string;
	os_type?: string;
	os_version?: string;
	arch?: string;
	cpu?: number;
	memory?: number;
	gpu_num?: number;
	enable_gpu?: boolean | string;
	host_ips?: string[];
	deployment_num?: number;
	state?: string;
	created_at?: string;
	updated_at?: string;
	[unknown: string]: unknown;
}

export interface ServiceConfig extends ServiceLogConfig {
	source_type?: string;
	status?: string;
	support_debug?: boolean;
	additional_properties?: Record<string, unknown>;
	nodes?: EdgeNode[];
}

export interface ServiceDetail extends ServiceSummary {
	cluster_id?: string;
	vpc_id?: string;
	subnet_network_id?: string;
	security_group_id?: string;
	error_msg?: string;
	config?: ServiceConfig[];
	access_address?: string;
	bind_access_address?: string;
	debug_url?: string;
	pool_name?: string;
	load_balancer_policy?: string;
	priority?: number;
}

export type EventType = 'normal' | 'abnormal';

export interface ServiceEvent {
	event_type: EventType | string;
	event_info: string;
	occur_time: EpochMs;
	[unknown: string]: unknown;
}

export interface ServiceEventsResponse {
	service_id?: string;
	service_name?: string;
	total_count?: number;
	count?: number;
	events: ServiceEvent[];
	[unknown: string]: unknown;
}

export interface IamProject {
	id: string;
	name: string;
	domain_id?: string;
	parent_id?: string;
	enabled?: boolean;
	is_domain?: boolean;
	description?: string;
	[unknown: string]: unknown;
}

export interface IamProjectsResponse {
	projects: IamProject[];
	[unknown: string]: unknown;
}

/** The documented error body; older APIs say error_message instead of error_msg. */
export interface ModelArtsErrorBody {
	error_code?: string;
	error_msg?: string;
	error_message?: string;
	[unknown: string]: unknown;
}
