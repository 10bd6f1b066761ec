// The malog command line: one program, a default interactive action and a few subcommands.
// Each command lives in its own module under commands/ and registers itself here.
import { Command, CommanderError } from 'commander';
import { registerDemoServerCommand } from './commands/demoServer.js';
import { exitCodes, reportFatal } from './commands/exitCodes.js';
import { registerExploreAction } from './commands/explore.js';
import { registerLogsCommand } from './commands/logs.js';
import { registerProfileCommand } from './commands/profile.js';
import { registerServicesCommand } from './commands/services.js';

const program = new Command('malog')
	.description('Explore the update history of ModelArts inference services.')
	.version('0.1.0')
	.enablePositionalOptions()
	.exitOverride()
	.configureOutput({ outputError: (message, write) => write(`${message.trimEnd()}\n`) })
	.showHelpAfterError('(run malog --help for usage)');

registerExploreAction(program);
registerServicesCommand(program);
registerLogsCommand(program);
registerProfileCommand(program);
registerDemoServerCommand(program);

try {
	await program.parseAsync(process.argv);
} catch (error) {
	if (error instanceof CommanderError) {
		const isInformational = error.exitCode === 0;
		process.exitCode = isInformational ? exitCodes.ok : exitCodes.usage;
	} else {
		reportFatal(error);
	}
}
