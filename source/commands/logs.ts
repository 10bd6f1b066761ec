import type { Command } from 'commander';
import { addConnectionOptions } from './connectionOptions.js';

export function registerLogsCommand(program: Command): void {
	addConnectionOptions(program.command('logs <service>'))
		.description("print a service's update log (SERVICE is an id or an exact name)")
		.option('--json', 'print the API response as JSON')
		.option('--ndjson', 'print one JSON entry a line')
		.option('--update-time <ms>', 'only the update at this time (epoch milliseconds)')
		.action(() => {
			throw new Error('not built yet');
		});
}
