// Masking for anything that may carry secrets: envs by name and value, and any nested field
// whose name looks secret (unknown fields and extend_config can hold anything).

import { isRecord } from './fieldText.js';
import { isSecretEnvName, maskEnvValue, shouldMaskEnv } from './secretEnv.js';

export interface MaskOptions {
	maskAllEnvs: boolean;
	revealSecrets?: boolean;
}

/** Env values with their secret ones replaced by the mask; reveal wins unless maskAllEnvs. */
export function maskEnvs(envs: unknown, options: MaskOptions): Record<string, unknown> {
	if (!isRecord(envs)) {
		return {};
	}

	const masked: Record<string, unknown> = {};

	for (const [name, value] of Object.entries(envs)) {
		masked[name] = isEnvHidden(name, value, options) ? maskEnvValue(value) : value;
	}

	return masked;
}

export function isEnvHidden(name: string, value: unknown, options: MaskOptions): boolean {
	if (options.maskAllEnvs) {
		return true;
	}

	return !options.revealSecrets && shouldMaskEnv(name, value);
}

/** A deep copy with every field named like a secret masked, and every `envs` map masked. */
export function maskDeep(value: unknown, options: MaskOptions, depth = 0): unknown {
	if (depth > 64) {
		return maskEnvValue();
	}

	if (Array.isArray(value)) {
		return value.map((item) => maskDeep(item, options, depth + 1));
	}

	if (!isRecord(value)) {
		return value;
	}

	const copy: Record<string, unknown> = {};

	for (const [key, field] of Object.entries(value)) {
		copy[key] = maskField(key, field, options, depth);
	}

	return copy;
}

function maskField(key: string, field: unknown, options: MaskOptions, depth: number): unknown {
	if (key === 'envs' && isRecord(field)) {
		return maskDeep(maskEnvs(field, options), { ...options, maskAllEnvs: false }, depth + 1);
	}

	if (key === 'envs' && !options.revealSecrets) {
		return maskLeaves(field, depth + 1);
	}

	if (!options.revealSecrets && isSecretEnvName(key)) {
		return maskLeaves(field, depth + 1);
	}

	return maskDeep(field, options, depth + 1);
}

// Under a secret-named field every value is secret, however deeply nested.
function maskLeaves(value: unknown, depth: number): unknown {
	if (value === null || value === undefined || value === '') {
		return value;
	}

	if (depth > 64) {
		return maskEnvValue();
	}

	if (Array.isArray(value)) {
		return value.map((item) => maskLeaves(item, depth + 1));
	}

	if (isRecord(value)) {
		return Object.fromEntries(
			Object.entries(value).map(([key, field]) => [key, maskLeaves(field, depth + 1)]),
		);
	}

	return maskEnvValue(value);
}
