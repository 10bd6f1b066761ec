// `malog demo-server`: the built-in ModelArts-compatible endpoint on its own, so curl or another
// client can be pointed at it. It prints where it is and the (public) demo credentials.
import { type Command, InvalidArgumentError } from 'commander';
import type { DemoEndpoint, FaultRule } from '../endpoint/demoEndpoint.js';
import { parseFaultSpec } from '../endpoint/faultSpec.js';
import {
	defaultDemoSeed,
	defaultPaceSeconds,
	startDemoEndpoint,
} from '../endpoint/startDemoEndpoint.js';
import { UsageError } from './exitCodes.js';

interface DemoServerFlags {
	port: number;
	host: string;
	seed: number;
	pace: number;
	fault: FaultRule[];
	json?: boolean;
}

function nonNegativeInteger(what: string, max: number) {
	return (text: string): number => {
		const value = Number(text);
		if (!/^\d+$/.test(text) || value > max) {
			throw new InvalidArgumentError(`${what} must be an integer from 0 to ${max}.`);
		}
		return value;
	};
}

function pace(text: string): number {
	const value = Number(text);
	if (text === '' || !Number.isFinite(value) || value < 0) {
		throw new InvalidArgumentError(
			'the pace must be a number of seconds ≥ 0 (0 freezes the data).',
		);
	}
	return value;
}

function collectFault(spec: string, previous: FaultRule[]): FaultRule[] {
	try {
		return [...previous, parseFaultSpec(spec)];
	} catch (error) {
		throw new InvalidArgumentError((error as Error).message);
	}
}

function announce(endpoint: DemoEndpoint, flags: DemoServerFlags): void {
	const { ak, sk, token } = endpoint.credentials;
	if (flags.json) {
		const summary = { endpoint: endpoint.url, projectId: endpoint.projectId, ak, sk, token };
		process.stdout.write(`${JSON.stringify(summary)}\n`);
		return;
	}

	const pacing = flags.pace > 0 ? `a deploy step every ${flags.pace} s` : 'frozen (--pace 0)';
	process.stdout.write(
		[
			`malog demo endpoint on ${endpoint.url}  (seed ${flags.seed}, ${pacing})`,
			`  region      ${endpoint.region}`,
			`  project id  ${endpoint.projectId}`,
			`  AK          ${ak}`,
			`  SK          ${sk}`,
			`  token       ${token}   (X-Auth-Token)`,
			'These demo credentials are public; they only open this local endpoint.',
			'Stop with Ctrl-C.',
			'',
		].join('\n'),
	);
}

async function runDemoServer(flags: DemoServerFlags): Promise<void> {
	const endpoint = await startDemoEndpoint({
		host: flags.host,
		port: flags.port,
		seed: flags.seed,
		paceSeconds: flags.pace,
		faults: flags.fault,
	}).catch((error: NodeJS.ErrnoException) => {
		const where = `${flags.host}:${flags.port}`;
		if (error.code === 'EADDRINUSE')
			throw new UsageError(`${where} is already in use; pick another --port.`);
		if (error.code === 'EADDRNOTAVAIL')
			throw new UsageError(`cannot listen on ${where}; check --host.`);
		throw error;
	});
	announce(endpoint, flags);

	await new Promise<void>((resolve) => {
		const stop = () => {
			process.off('SIGINT', stop);
			process.off('SIGTERM', stop);
			resolve();
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
	await endpoint.close();
}

export function registerDemoServerCommand(program: Command): void {
	program
		.command('demo-server')
		.description('run the built-in ModelArts-compatible endpoint on its own')
		.option(
			'--port <n>',
			'port to listen on (0 picks a free one)',
			nonNegativeInteger('the port', 65535),
			0,
		)
		.option('--host <host>', 'address to bind', '127.0.0.1')
		.option(
			'--seed <n>',
			'seed of the demo data',
			nonNegativeInteger('the seed', 2 ** 32 - 1),
			defaultDemoSeed,
		)
		.option(
			'--pace <seconds>',
			'seconds between steps of a deploy in progress (0 freezes)',
			pace,
			defaultPaceSeconds,
		)
		.option(
			'--fault <spec...>',
			'inject a fault: KIND[=VALUE][,service=ID][,rate=R][,times=N]',
			collectFault,
			[],
		)
		.option('--json', 'print the endpoint, project id and credentials as one JSON object')
		.action((flags: DemoServerFlags) => runDemoServer(flags));
}
