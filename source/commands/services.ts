// `malog services [--json]`: every service of the project, all pages, as a table or as JSON.
import type { Command } from 'commander';
import type { ListServicesResponse, ServiceSummary } from '../api/types.js';
import type { OpenConnectionOptions } from '../connection/openConnection.js';
import { maskDeep } from '../presentation/maskSecrets.js';
import { formatTimestamp } from '../presentation/time.js';
import { type CommandIo, plainTable, processIo, withConnection } from './commandOutput.js';
import { addConnectionOptions, type ConnectionFlags } from './connectionOptions.js';

export interface ServicesFlags extends ConnectionFlags {
	json?: boolean;
}

export function servicesTable(services: ServiceSummary[]): string[] {
	const sorted = [...services].sort((left, right) =>
		left.service_name.localeCompare(right.service_name),
	);
	const rows = sorted.map((service) => [
		service.service_name,
		service.status ?? '',
		service.infer_type ?? '',
		formatTimestamp(service.publish_at, 'utc'),
		service.service_id,
	]);
	return plainTable(['NAME', 'STATUS', 'TYPE', 'PUBLISHED (UTC)', 'ID'], rows);
}

/** All pages as one response: the shape ListServices has, with count = total_count. */
export function mergedResponse(services: ServiceSummary[]): ListServicesResponse {
	return { total_count: services.length, count: services.length, services };
}

export async function runServices(
	flags: ServicesFlags,
	io: CommandIo = processIo,
	options: OpenConnectionOptions = {},
): Promise<void> {
	await withConnection(
		flags,
		io,
		async ({ api }) => {
			const services = await api.listServices();
			if (flags.json) {
				const masked = maskDeep(mergedResponse(services), { maskAllEnvs: false });
				io.stdout(`${JSON.stringify(masked, null, 2)}\n`);
				return;
			}
			if (services.length === 0) {
				io.stderr('malog: the project has no services\n');
				return;
			}
			io.stdout(`${servicesTable(services).join('\n')}\n`);
		},
		options,
	);
}

export function registerServicesCommand(program: Command): void {
	addConnectionOptions(program.command('services'))
		.description('list the services of the project')
		.option('--json', 'print the API response as JSON')
		.action((flags: ServicesFlags) => runServices(flags));
}
