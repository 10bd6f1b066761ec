import type { BuildOptions } from 'esbuild';

export function bundleOptions(entryPoint: string, outfile: string): BuildOptions;
