// Services as picker rows, and the picker's filter-as-you-type.

import fuzzysort from 'fuzzysort';
import type { ServiceSummary } from '../api/types.js';
import { glyphs } from '../terminal/glyphs.js';
import { sanitizeText } from '../terminal/sanitize.js';
import { fieldText } from './fieldText.js';
import { formatTimestamp, type TimeZoneChoice } from './time.js';

export type Tone = 'ok' | 'warn' | 'bad' | 'busy' | 'muted';

export interface ServiceRow {
	id: string;
	name: string;
	inferType: string;
	status: string;
	statusSymbol: string;
	statusTone: Tone;
	published: string;
}

const STATUS_TONES: Record<string, Tone> = {
	running: 'ok',
	concerning: 'warn',
	failed: 'bad',
	deploying: 'busy',
	stopping: 'busy',
	deleting: 'busy',
	pending: 'busy',
	waiting: 'busy',
	stopped: 'muted',
	finished: 'muted',
};

export function statusTone(status: unknown): Tone {
	const key = typeof status === 'string' ? status.toLowerCase() : '';

	return STATUS_TONES[key] ?? 'muted';
}

export function toneSymbol(tone: Tone): string {
	const symbols: Record<Tone, string> = {
		ok: glyphs.statusOk,
		warn: glyphs.statusWarn,
		bad: glyphs.statusBad,
		busy: glyphs.statusBusy,
		muted: glyphs.statusMuted,
	};

	return symbols[tone];
}

export function toServiceRow(
	service: ServiceSummary,
	options: { zone?: TimeZoneChoice } = {},
): ServiceRow {
	const tone = statusTone(service.status);

	return {
		id: fieldText(service.service_id, glyphs.none),
		name: fieldText(service.service_name, glyphs.none),
		inferType: fieldText(service.infer_type, glyphs.none),
		status: fieldText(service.status, 'unknown'),
		statusSymbol: toneSymbol(tone),
		statusTone: tone,
		published: formatTimestamp(service.publish_at, options.zone ?? 'local'),
	};
}

/** Fuzzy match on name and id, best first; an empty query keeps every service in order. */
export function filterServices(services: ServiceSummary[], query: string): ServiceSummary[] {
	const search = sanitizeText(query).trim();

	if (search === '') {
		return services;
	}

	const results = fuzzysort.go(search, services, {
		keys: [
			(service) => sanitizeText(service.service_name),
			(service) => sanitizeText(service.service_id),
		],
		threshold: 0.3,
	});

	return results.map((result) => result.obj);
}
