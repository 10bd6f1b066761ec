// A lock file beside the profile file, so two malog processes saving at once take turns: each
// re-reads the file under the lock before it writes. Synchronous, like conf itself.
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { ProfileStoreError } from './profileErrors.js';

export interface LockTimings {
	/** Give up waiting after this long. */
	timeoutMs: number;
	/** A lock older than this, or held by a process that is gone, is left over from a crash. */
	staleMs: number;
}

const defaultTimings: LockTimings = { timeoutMs: 5_000, staleMs: 10_000 };
const pollMs = 10;

export function withFileLock<T>(
	lockPath: string,
	action: () => T,
	timings: LockTimings = defaultTimings,
): T {
	acquireLock(lockPath, timings);
	try {
		return action();
	} finally {
		rmSync(lockPath, { force: true });
	}
}

function acquireLock(lockPath: string, timings: LockTimings): void {
	const deadline = Date.now() + timings.timeoutMs;

	while (!tryCreateLock(lockPath)) {
		if (isStale(lockPath, timings.staleMs)) {
			rmSync(lockPath, { force: true });
			continue;
		}
		if (Date.now() > deadline) {
			throw new ProfileStoreError(
				`another malog is saving profiles (lock ${lockPath}); ` +
					'try again, or delete the lock if no malog runs',
			);
		}
		sleepSync(pollMs);
	}
}

function tryCreateLock(lockPath: string): boolean {
	try {
		const descriptor = openSync(lockPath, 'wx', 0o600);
		writeSync(descriptor, String(process.pid));
		closeSync(descriptor);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw new ProfileStoreError(`cannot create the lock ${lockPath}: ${describeFsError(error)}`);
	}
}

function isStale(lockPath: string, staleMs: number): boolean {
	try {
		return Date.now() - statSync(lockPath).mtimeMs > staleMs;
	} catch {
		// Released between our attempt and this check: not stale, simply free.
		return false;
	}
}

function sleepSync(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'it is a folder';
	if (code === 'ENOSPC') return 'the disk is full';
	if (code === 'EROFS') return 'the file system is read-only';
	return code ?? (error instanceof Error ? error.message : String(error));
}
