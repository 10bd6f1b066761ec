import type { Command } from 'commander';

export function registerProfileCommand(program: Command): void {
	program
		.command('profile')
		.description('manage saved profiles')
		.action(() => {
			throw new Error('not built yet');
		});
}
