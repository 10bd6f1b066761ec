// Bundles the minimal Ink app with the options scripts/build.mjs uses for malog (one ESM file,
// node20, react-devtools-core left out, production React), so the comparison is fair.
import { build } from 'esbuild';

export const baselinePath = 'dist/bench/minimalInkApp.js';

export async function buildBaseline(): Promise<string> {
	await build({
		entryPoints: ['bench/minimalInkApp.tsx'],
		outfile: baselinePath,
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'esm',
		jsx: 'automatic',
		minify: false,
		sourcemap: 'linked',
		logLevel: 'warning',
		alias: { 'react-devtools-core': './scripts/empty-module.mjs' },
		banner: {
			js: "import { createRequire as __malogRequire } from 'node:module';\nconst require = __malogRequire(import.meta.url);",
		},
		define: { 'process.env.NODE_ENV': '"production"' },
	});
	return baselinePath;
}
