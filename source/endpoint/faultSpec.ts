// The text form of a fault rule, for `malog demo-server --fault SPEC` and the benchmark:
// KIND[=VALUE][,service=ID][,rate=R][,times=N], e.g. `throttle=5,times=2` or `server-error=503`.
import type { FaultKind, FaultRule } from './demoEndpoint.js';

export const faultKinds: readonly FaultKind[] = [
	'latency',
	'throttle',
	'server-error',
	'truncated-json',
	'invalid-json',
	'trickle',
	'reset',
	'huge-body',
];

const serverErrorStatuses = [500, 502, 503, 504];

function number(text: string, what: string, spec: string): number {
	const value = Number(text);
	if (text === '' || !Number.isFinite(value) || value < 0) {
		throw new Error(`fault "${spec}": ${what} must be a number ≥ 0, not "${text}"`);
	}
	return value;
}

function applyOption(rule: FaultRule, option: string, spec: string): void {
	const [name = '', value = ''] = option.split('=', 2);
	if (name === 'service') rule.serviceId = value;
	else if (name === 'rate') rule.rate = Math.min(1, number(value, 'rate', spec));
	else if (name === 'times') rule.times = Math.floor(number(value, 'times', spec));
	else throw new Error(`fault "${spec}": unknown option "${name}" (use service=, rate=, times=)`);
}

/** Parses one spec; throws an Error whose message says what is wrong and what is accepted. */
export function parseFaultSpec(spec: string): FaultRule {
	const [head = '', ...options] = spec.split(',');
	const [kind = '', value] = head.split('=', 2);
	if (!(faultKinds as readonly string[]).includes(kind)) {
		throw new Error(`fault "${spec}": unknown kind "${kind}" (one of ${faultKinds.join(', ')})`);
	}

	const rule: FaultRule = { kind: kind as FaultKind };
	if (value !== undefined) rule.value = number(value, 'the value', spec);
	if (rule.kind === 'server-error' && rule.value !== undefined) {
		if (!serverErrorStatuses.includes(rule.value)) {
			throw new Error(`fault "${spec}": server-error takes 500, 502, 503 or 504`);
		}
	}
	for (const option of options) applyOption(rule, option, spec);
	return rule;
}
