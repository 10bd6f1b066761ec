import type { Command } from 'commander';

export function registerDemoServerCommand(program: Command): void {
	program
		.command('demo-server')
		.description('run the built-in ModelArts-compatible endpoint on its own')
		.action(() => {
			throw new Error('not built yet');
		});
}
