// The esbuild options malog is bundled with; the benchmark bundles its baseline app with the
// same ones, so the two start-up times compare like with like.

/** @returns {import('esbuild').BuildOptions} */
export function bundleOptions(entryPoint, outfile) {
	return {
		entryPoints: [entryPoint],
		outfile,
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'esm',
		jsx: 'automatic',
		minify: false,
		sourcemap: 'linked',
		logLevel: 'warning',
		// Ink loads react-devtools-core only when DEV is set; it is not installed, so leave it out.
		alias: { 'react-devtools-core': './scripts/empty-module.mjs' },
		banner: {
			// Bundled CommonJS dependencies call require(); give the ESM bundle one.
			js: "#!/usr/bin/env node\nimport { createRequire as __malogRequire } from 'node:module';\nconst require = __malogRequire(import.meta.url);",
		},
		define: { 'process.env.NODE_ENV': '"production"' },
	};
}
