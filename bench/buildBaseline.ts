// Bundles the minimal Ink app exactly as malog is bundled, so the comparison is fair.
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundleOptions.mjs';

export const baselinePath = 'dist/bench/minimalInkApp.js';

export async function buildBaseline(): Promise<string> {
	await build(bundleOptions('bench/minimalInkApp.tsx', baselinePath));
	return baselinePath;
}
