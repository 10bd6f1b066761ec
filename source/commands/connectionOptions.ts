import type { Command } from 'commander';

/** Flags that say where to connect; every command that talks to ModelArts takes them. */
export interface ConnectionFlags {
	profile?: string;
	endpoint?: string;
	region?: string;
	projectId?: string;
	demo?: boolean;
	timeout?: string;
}

export function addConnectionOptions(command: Command): Command {
	return command
		.option('--profile <name>', 'use this saved profile instead of the default one')
		.option('--endpoint <url>', 'ModelArts endpoint URL (overrides the region and profile)')
		.option('--region <region>', 'region id, e.g. cn-north-4')
		.option('--project-id <id>', 'IAM project id (resolved from IAM when missing)')
		.option('--demo', 'use the built-in demo endpoint')
		.option('--timeout <seconds>', 'give up on a request after this many seconds', '15');
}
