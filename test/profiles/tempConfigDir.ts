// A fresh, private config folder per test, so no test ever touches the user's profiles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];

afterEach(() => {
	for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export function makeTempConfigDir(): string {
	const folder = mkdtempSync(join(tmpdir(), 'malog-profiles-'));
	created.push(folder);
	return folder;
}
