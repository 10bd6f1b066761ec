// Defensive readers for API fields. The API is documented loosely and real responses omit
// fields or change their types, so nothing here trusts a field to have its documented shape.

import { sanitizeText } from '../terminal/sanitize.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

/** Only the elements that are objects; anything else in the array is ignored. */
export function asRecords<T extends object = Record<string, unknown>>(value: unknown): T[] {
	return asArray(value).filter(isRecord) as T[];
}

export function asFiniteNumber(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Sanitized text, or the fallback when the value is missing or blank. */
export function fieldText(value: unknown, fallback = ''): string {
	const text = sanitizeText(value).trim();

	return text === '' ? fallback : text;
}

// Creating a formatter per call costs ~0.3 ms; one shared instance keeps 10,000 rows cheap.
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** 4096 → '4,096'; non-numbers are shown as sanitized text. */
export function numberText(value: unknown, fallback = ''): string {
	const number = asFiniteNumber(value);

	if (number === undefined) {
		return fieldText(value, fallback);
	}

	return Number.isInteger(number) && Math.abs(number) < 1000
		? String(number)
		: GROUPED.format(number);
}

export function booleanText(value: unknown, fallback = ''): string {
	if (typeof value === 'boolean') {
		return value ? 'yes' : 'no';
	}

	return fieldText(value, fallback);
}
