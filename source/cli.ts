// The malog command line: one program, a default interactive action and a few subcommands.
// Each command lives in its own module under commands/ and registers itself here.
import { Command, CommanderError } from 'commander';
import { guardClosedPipe } from './commands/commandOutput.js';
import { registerDemoServerCommand } from './commands/demoServer.js';
import { exitCodes, reportFatal, UsageError } from './commands/exitCodes.js';
import { registerExploreAction } from './commands/explore.js';
import { registerLogsCommand } from './commands/logs.js';
import { registerProfileCommand } from './commands/profile.js';
import { registerServicesCommand } from './commands/services.js';

const program = new Command('malog')
	.description('Explore the update history of ModelArts inference services.')
	.version('0.1.0')
	.enablePositionalOptions()
	.exitOverride()
	.configureOutput({
		writeOut: (text) => {
			guardClosedPipe();
			process.stdout.write(text);
		},
		outputError: (message, write) => write(`${message.trimEnd()}\n`),
	})
	.showHelpAfterError('(run malog --help for usage)');

registerExploreAction(program);
registerServicesCommand(program);
registerLogsCommand(program);
registerProfileCommand(program);
registerDemoServerCommand(program);

// The interactive action takes no arguments, so commander would call a mistyped command
// "too many arguments"; say what it is instead.
if (process.argv[2] === 'help') {
	// `malog help [command]` reads as `malog [command] --help`.
	process.argv.splice(2, 1);
	process.argv.push('--help');
}
const [firstWord] = process.argv.slice(2);
const commandNames = [
	...program.commands.flatMap((command) => [command.name(), ...command.aliases()]),
];
const isUnknownCommand =
	firstWord !== undefined && !firstWord.startsWith('-') && !commandNames.includes(firstWord);

try {
	if (isUnknownCommand) {
		throw new UsageError(`unknown command "${firstWord}": see malog --help`);
	}
	await program.parseAsync(process.argv);
} catch (error) {
	if (error instanceof CommanderError) {
		const isInformational = error.exitCode === 0;
		process.exitCode = isInformational ? exitCodes.ok : exitCodes.usage;
	} else {
		reportFatal(error);
	}
}
