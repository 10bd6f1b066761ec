// Small update logs built from plain values, shared by the live tests.
import type { UpdateLogEntry, UpdateLogsResponse } from '../../source/api/types.js';

export const t0 = Date.UTC(2026, 11, 3, 4, 0, 0);

export function entry(updateTime: number, result: string, modelVersion = '1.0.0'): UpdateLogEntry {
	return {
		update_time: updateTime,
		result,
		config: [{ model_name: 'resnet', model_version: modelVersion, weight: 100, instance_count: 1 }],
	};
}

export function updateLog(...logs: UpdateLogEntry[]): UpdateLogsResponse {
	return { service_id: 'svc-1', service_name: '图像分类', logs };
}
