// Our signer against the official @huaweicloud/huaweicloud-sdk-core AKSKSigner, for many
// generated requests: the same Authorization header, byte for byte.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildRequestUrl } from '../../source/client/requestUrl.js';
import { signRequest } from '../../source/signing/index.js';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js') as {
	AKSKSigner: {
		sign(
			request: {
				method: string;
				endpoint: string;
				headers: Record<string, string>;
				queryParams: Record<string, string | string[]>;
				data?: unknown;
			},
			credential: { getAk(): string; getSk(): string },
		): Record<string, string>;
	};
};

/** A small deterministic generator, so a failure can be replayed by its case number. */
function randomFrom(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const text = (alphabet: readonly string[], min: number, max: number) => {
		const length = min + Math.floor(next() * (max - min + 1));
		return Array.from({ length }, () => pick(alphabet)).join('');
	};
	return { next, pick, text };
}

const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const unreserved = [...letters, '-', '_', '.', '~'];
// Characters legacy url.parse (used by the SDK) leaves alone in a path, so both sides see them.
const pathExtras = [
	'中',
	'文',
	'服',
	'务',
	':',
	'@',
	'!',
	'$',
	'&',
	'+',
	',',
	';',
	'=',
	'*',
	'(',
	')',
];
const valueExtras = [
	...pathExtras,
	' ',
	'/',
	'?',
	'#',
	'%',
	'[',
	']',
	'"',
	"'",
	'<',
	'>',
	'é',
	'😀',
	'\u3000',
];
const hosts = [
	'modelarts.cn-north-4.myhuaweicloud.com',
	'modelarts.ap-southeast-1.myhuaweicloud.cn',
	'127.0.0.1:40123',
	'gateway.example.com:8443',
	'[::1]:9000',
];

interface GeneratedRequest {
	method: string;
	host: string;
	segments: string[];
	query: Array<[string, string[]]>;
	headers: Record<string, string>;
	body?: Record<string, unknown>;
}

function generate(seed: number): GeneratedRequest {
	const random = randomFrom(seed);
	const segmentCount = 1 + Math.floor(random.next() * 5);
	const segments = Array.from({ length: segmentCount }, () =>
		random.text(random.next() < 0.3 ? [...unreserved, ...pathExtras] : unreserved, 1, 12),
	).map((segment) => (segment === '.' || segment === '..' ? `${segment}x` : segment));

	const names = new Set<string>();
	const query: Array<[string, string[]]> = [];
	const queryCount = Math.floor(random.next() * 6);
	for (let index = 0; index < queryCount; index += 1) {
		const name = random.text(random.next() < 0.2 ? [...letters, '_', '中'] : letters, 1, 8);
		if (names.has(name)) continue;
		names.add(name);
		const valueCount = random.next() < 0.25 ? 2 + Math.floor(random.next() * 3) : 1;
		const values = Array.from({ length: valueCount }, () =>
			random.next() < 0.15 ? '' : random.text([...unreserved, ...valueExtras], 1, 16),
		);
		query.push([name, values]);
	}

	const headers: Record<string, string> = { 'X-Sdk-Date': '20261203T120000Z' };
	if (random.next() < 0.5) headers['X-Project-Id'] = random.text([...'0123456789abcdef'], 32, 32);
	if (random.next() < 0.3) headers['X-Security-Token'] = random.text(letters, 20, 60);
	if (random.next() < 0.4) headers['content-type'] = 'application/json';
	if (random.next() < 0.3) headers['X-Custom-Trace'] = random.text(letters, 4, 12);

	const method = random.pick(['GET', 'GET', 'GET', 'DELETE', 'POST', 'PUT']);
	const hasBody = method === 'POST' || method === 'PUT';
	const body = hasBody ? { name: random.text([...letters, '中'], 1, 10), n: 1 } : undefined;
	return { method, host: random.pick(hosts), segments, query, headers, body };
}

function officialAuthorization(request: GeneratedRequest, ak: string, sk: string): string {
	const queryParams: Record<string, string | string[]> = {};
	for (const [name, values] of request.query) {
		queryParams[name] = values.length === 1 ? (values[0] as string) : [...values];
	}
	const signed = AKSKSigner.sign(
		{
			method: request.method,
			endpoint: `https://${request.host}/${request.segments.join('/')}`,
			headers: { ...request.headers },
			queryParams,
			data: request.body,
		},
		{ getAk: () => ak, getSk: () => sk },
	);
	return signed.Authorization as string;
}

function ourAuthorization(request: GeneratedRequest, ak: string, sk: string): string {
	const query = Object.fromEntries(request.query);
	const url = buildRequestUrl(`https://${request.host}`, request.segments, query);
	const body = request.body === undefined ? undefined : JSON.stringify(request.body);
	const signed = signRequest(
		{ method: request.method, url, headers: request.headers, body },
		{ ak, sk },
	);
	return signed.Authorization as string;
}

describe('signRequest agrees with the official SDK signer', () => {
	const ak = 'TESTAK0000000000';
	const sk = 'TESTSKabcdefghijklmnopqrstuvwxyz0123456789';

	it('for 500 generated requests (paths, Chinese and reserved query values, repeats, ports)', () => {
		const disagreements: string[] = [];
		for (let seed = 1; seed <= 500; seed += 1) {
			const request = generate(seed);
			const official = officialAuthorization(request, ak, sk);
			if (ourAuthorization(request, ak, sk) !== official) {
				disagreements.push(`case ${seed}: ${JSON.stringify(request)}`);
			}
		}
		expect(disagreements).toEqual([]);
	});

	it('covers the interesting cases in what it generates', () => {
		const requests = Array.from({ length: 500 }, (_, index) => generate(index + 1));
		const values = requests.flatMap((request) => request.query.flatMap(([, each]) => each));
		expect(values.some((value) => value === '')).toBe(true);
		expect(values.some((value) => value.includes(' '))).toBe(true);
		expect(values.some((value) => /[中文服务]/.test(value))).toBe(true);
		expect(requests.some((request) => request.query.some(([, each]) => each.length > 1))).toBe(
			true,
		);
		expect(requests.some((request) => request.host.includes(':'))).toBe(true);
		expect(requests.some((request) => request.segments.some((each) => /[中+=]/.test(each)))).toBe(
			true,
		);
	});

	it('for the client’s own ModelArts URLs', () => {
		const request: GeneratedRequest = {
			method: 'GET',
			host: 'modelarts.cn-north-4.myhuaweicloud.com',
			segments: ['v1', '0123456789abcdef0123456789abcdef', 'services'],
			query: [
				['service_name', ['边缘 质检+服务']],
				['offset', ['0']],
				['limit', ['100']],
			],
			headers: {
				'X-Sdk-Date': '20261203T120000Z',
				'X-Project-Id': '0123456789abcdef0123456789abcdef',
			},
		};
		expect(ourAuthorization(request, ak, sk)).toBe(officialAuthorization(request, ak, sk));
	});
});
