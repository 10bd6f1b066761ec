// Builders for the config[] entries of updates, so data generators read as lists of decisions.
import type { ServiceLogConfig } from '../api/types.js';

export interface DemoModel {
	id: string;
	name: string;
}

export interface ConfigChoice {
	version: string;
	weight?: number;
	specification?: string;
	instances?: number;
	envs?: Record<string, string>;
	customSpec?: ServiceLogConfig['custom_spec'];
	clusterId?: string;
}

export function modelConfig(model: DemoModel, choice: ConfigChoice): ServiceLogConfig {
	const specification = choice.customSpec
		? 'custom'
		: (choice.specification ?? 'modelarts.vm.cpu.2u');

	return {
		model_id: model.id,
		model_name: model.name,
		model_version: choice.version,
		specification,
		custom_spec: choice.customSpec ?? {},
		weight: choice.weight ?? 100,
		instance_count: choice.instances ?? 1,
		scaling: false,
		envs: choice.envs ?? {},
		...(choice.clusterId ? { cluster_id: choice.clusterId } : {}),
	};
}
