// A saved ShowServiceUpdateLogs response, read leniently: what the API documents is checked,
// the documented inconsistencies are tolerated (custom_spec as a number or null, config sent
// as a JSON string, update_time as a string of digits), unknown fields are kept. What cannot be
// understood is named in one line.
import { z } from 'zod';
import type { UpdateLogEntry, UpdateLogsResponse } from '../api/types.js';

const epochMs = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

// custom_spec is kept as sent (object, number or null): the presentation reads each shape.
const config = z.looseObject({
	envs: z
		.unknown()
		.optional()
		.transform((value) => (isPlainObject(value) ? stringValues(value) : undefined)),
});

const configList = z.preprocess(parseJsonString, z.array(config));

const entry = z.looseObject({
	update_time: epochMs,
	result: z.string(),
	config: configList.optional(),
	result_detail: z.array(z.looseObject({})).optional(),
});

const response = z.looseObject({
	service_id: z.string().optional(),
	service_name: z.string().optional(),
	logs: z.array(entry),
});

/** Thrown when the text is not a usable update-log response; the message is one line. */
export class UpdateLogsFileError extends Error {
	override name = 'UpdateLogsFileError';
}

export function parseUpdateLogsText(text: string, sourceName: string): UpdateLogsResponse {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new UpdateLogsFileError(`${sourceName} is not JSON; expected a saved logs response`);
	}

	// `malog logs --json` writes the response; a bare array of entries is accepted too.
	const candidate = Array.isArray(json) ? { logs: json } : json;
	const parsed = response.safeParse(candidate);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = issue?.path.join('.') || 'the top level';
		throw new UpdateLogsFileError(
			`${sourceName} is not an update-log response: ${field}: ${issue?.message ?? 'invalid'}`,
		);
	}

	const data = parsed.data;
	return {
		...data,
		service_id: data.service_id ?? 'offline',
		service_name: data.service_name ?? sourceName,
		logs: data.logs as UpdateLogEntry[],
	};
}

function parseJsonString(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(record).map(([name, value]) => [
			name,
			typeof value === 'string' ? value : JSON.stringify(value),
		]),
	);
}
