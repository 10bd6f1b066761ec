// A hostile ModelArts: it forwards each request to the built-in endpoint and poisons the answer,
// every string that is not an id gets escape sequences, bidi marks and odd characters, and it
// adds two services of its own, one with no history and one whose entries have the wrong shapes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoEndpoint } from '../../source/endpoint/demoEndpoint.js';

const esc = '\u001B';

/** Each would do something to the terminal if it reached it unchanged. */
export const hostilePayloads = [
	`${esc}]52;c;${Buffer.from('rm -rf ~').toString('base64')}\u0007`, // OSC 52: set the clipboard
	`${esc}]0;PWNED-TITLE${esc}\\`, // OSC 0: set the window title
	`${esc}[2J${esc}[31m${esc}[6n`, // clear, colour, ask the terminal to answer (DSR)
	'\u009B31m\u009D2;c1-title\u009C', // the same as C1 controls
	'\u202Ereversed\u202C\u2066iso\u2069\u200F', // bidi overrides, isolates, marks
	'\u0000nul\bback\rreturn\u0007bell\u007F', // NUL, BS, CR, BEL, DEL
	'🚀🔥👩‍💻🇨🇳',
];
const poison = hostilePayloads.join('');
const longCjk = '超长的中文模型名称'.repeat(40);

export const emptyServiceName = 'hostile-empty-history';
export const oddServiceName = 'hostile-odd-shapes';

function poisonStrings(value: unknown, key = ''): unknown {
	if (typeof value === 'string') {
		const isIdentifier = /(^|_)id$|^id$|_at$|time$/.test(key);
		return isIdentifier ? value : `${value}${poison}${key.endsWith('name') ? longCjk : ''}`;
	}
	if (Array.isArray(value)) return value.map((item) => poisonStrings(item, key));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([name, item]) => [name, poisonStrings(item, name)]),
		);
	}
	return value;
}

const oddEntries = [
	{ update_time: null, result: 5, config: [null, 7, 'text'], extend_config: 'not a list' },
	{},
	{
		update_time: 1586250930708,
		result: 'SUCCESS',
		config: [
			{
				model_name: { nested: true },
				model_version: 3,
				weight: '80',
				custom_spec: 5,
				envs: 'not an object',
				instance_count: -1,
				unknown_field: { deeper: [1, 2, 3] },
			},
		],
		unknown_top_level: 'ignored',
	},
];

function extraService(name: string, serviceId: string) {
	return { service_id: serviceId, service_name: name, infer_type: 'real-time', status: 'running' };
}

const extras = [
	{ ...extraService(emptyServiceName, 'aaaaaaaa-0000-4000-8000-000000000001'), logs: [] },
	{ ...extraService(oddServiceName, 'aaaaaaaa-0000-4000-8000-000000000002'), logs: oddEntries },
];

async function answer(endpoint: DemoEndpoint, path: string): Promise<unknown> {
	const extra = extras.find((service) => path.includes(service.service_id));
	if (extra && path.endsWith('/logs'))
		return { ...extraService(extra.service_name, extra.service_id), logs: extra.logs };
	if (extra && path.endsWith('/events')) return { events: [], total_count: 0, count: 0 };
	if (extra) return extraService(extra.service_name, extra.service_id);

	const response = await fetch(`${endpoint.url}${path}`, {
		headers: { 'X-Auth-Token': endpoint.credentials.token },
	});
	const body = (await response.json()) as Record<string, unknown>;
	const poisoned = poisonStrings(body) as Record<string, unknown>;
	const offset = Number(new URL(path, 'http://local').searchParams.get('offset') ?? '0');
	if (Array.isArray(poisoned.services) && offset === 0) {
		const added = extras.map((each) => extraService(each.service_name, each.service_id));
		const services = [...added, ...poisoned.services];
		Object.assign(poisoned, {
			services,
			count: services.length,
			total_count: Number(poisoned.total_count ?? 0) + added.length,
		});
	}
	return poisoned;
}

export interface HostileServer {
	url: string;
	close(): Promise<void>;
}

export async function startHostileServer(endpoint: DemoEndpoint): Promise<HostileServer> {
	const server: Server = createServer((request, response) => {
		answer(endpoint, request.url ?? '/')
			.then((body) => {
				response.writeHead(200, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify(body));
			})
			.catch(() => {
				response.writeHead(500);
				response.end();
			});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
