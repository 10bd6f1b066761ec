// A profile file malog cannot use is never emptied in place: it is renamed beside itself with a
// timestamp, so the user can repair it, and malog starts with a fresh file and says so.
import { readFileSync, renameSync } from 'node:fs';
import { describeFsError } from './fileLock.js';
import { ProfileStoreError } from './profileErrors.js';

/** Why the file cannot be used, or undefined when it is missing or fine to hand to conf. */
export function findUnusableContent(path: string): string | undefined {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		// Unreadable is not corrupt (often a file created under sudo): leave it where it is.
		throw new ProfileStoreError(
			`cannot read the profile file ${path}: ${describeFsError(error)}; fix its owner or permissions`,
		);
	}

	// The parser's own message quotes the file's text, which may hold secrets: never pass it on.
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return 'is not valid JSON';
	}
	const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
	return isObject ? undefined : 'does not hold a JSON object';
}

/** Renames the file to `<file>.bad-<UTC timestamp>` and returns the new path. */
export function keepBadFileAside(path: string, now = new Date()): string {
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	const asidePath = `${path}.bad-${stamp}`;
	try {
		renameSync(path, asidePath);
	} catch (error) {
		throw new ProfileStoreError(
			`the profile file ${path} is damaged and could not be set aside ` +
				`(${describeFsError(error)}); move it away by hand`,
		);
	}
	return asidePath;
}

/** conf reports a schema failure as "Config schema violation: `path` must be ...". */
export function isSchemaViolation(error: unknown): boolean {
	const message = error instanceof Error ? error.message : '';
	return message.startsWith('Config schema violation') || message.includes('during the migration');
}

export function firstSchemaProblem(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	if (message.includes('during the migration')) return 'could not be migrated to this version';
	const problem = message.replace(/^Config schema violation: /, '').split(';')[0] ?? '';
	return `does not match the profile schema (${problem.trim()})`;
}
