// `npm start`: build when the bundle is missing or older than the source, then run the app.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestSourceTime(folder) {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		const time = entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs;
		newest = Math.max(newest, time);
	}
	return newest;
}

function bundleTime() {
	try {
		return statSync('dist/cli.js').mtimeMs;
	} catch {
		return 0;
	}
}

if (bundleTime() < newestSourceTime('source')) {
	const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

// Run in this process, so signals and the terminal belong to the app alone.
await import(new URL('../dist/cli.js', import.meta.url).href);
