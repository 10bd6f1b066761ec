import type { Command } from 'commander';
import { addConnectionOptions } from './connectionOptions.js';

export function registerExploreAction(program: Command): void {
	addConnectionOptions(program)
		.option('--file <path>', 'explore a saved ShowServiceUpdateLogs response (- for stdin)')
		.option('--service <id-or-name>', 'open straight on this service')
		.option('--mask-all-envs', 'hide every env value, for screen sharing')
		.option('--interval <seconds>', 'refresh period while a deploy runs', '5')
		.option('--bell', 'ring the terminal bell when an update finishes')
		.action(() => {
			throw new Error('not built yet');
		});
}
