import type { Command } from 'commander';
import { addConnectionOptions } from './connectionOptions.js';

export function registerServicesCommand(program: Command): void {
	addConnectionOptions(program.command('services'))
		.description('list the services of the project')
		.option('--json', 'print the API response as JSON')
		.action(() => {
			throw new Error('not built yet');
		});
}
