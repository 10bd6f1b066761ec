import { describe, expect, it } from 'vitest';
import type { ServiceSummary } from '../../source/api/types.js';
import { filterServices, statusTone, toServiceRow } from '../../source/presentation/serviceRows.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const service = (
	id: string,
	name: string,
	extra: Partial<ServiceSummary> = {},
): ServiceSummary => ({
	service_id: id,
	service_name: name,
	...extra,
});

describe('toServiceRow', () => {
	it('cleans and formats every column', () => {
		const row = toServiceRow(
			service('e2122bbd', 'mnist\u001b]0;owned\u0007', {
				infer_type: 'real-time',
				status: 'running',
				publish_at: 1586250930708,
			}),
			{ zone: 'utc' },
		);

		expect(row).toEqual({
			id: 'e2122bbd',
			name: 'mnist',
			inferType: 'real-time',
			status: 'running',
			statusSymbol: glyphs.statusOk,
			statusTone: 'ok',
			published: '2020-04-07 09:15:30',
		});
	});

	it('reads a missing status and type without crashing', () => {
		const row = toServiceRow(service('id', ''));

		expect(row.name).toBe(glyphs.none);
		expect(row.status).toBe('unknown');
		expect(row.statusTone).toBe('muted');
		expect(row.published).toBe(glyphs.none);
	});

	it('gives every documented status a tone with its own symbol', () => {
		expect(statusTone('failed')).toBe('bad');
		expect(statusTone('concerning')).toBe('warn');
		expect(statusTone('deploying')).toBe('busy');
		expect(statusTone('stopped')).toBe('muted');
		expect(statusTone('RUNNING')).toBe('ok');
		expect(statusTone(7)).toBe('muted');
	});
});

describe('filterServices', () => {
	const services = [
		service('0a1b-edge', 'edge-detector'),
		service('77ff-real', '图像分类'),
		service('c3d4-batch', 'nightly-batch'),
	];

	it('keeps every service in order for an empty query', () => {
		expect(filterServices(services, '')).toBe(services);
		expect(filterServices(services, '  ')).toBe(services);
	});

	it('matches fuzzily on the name', () => {
		expect(filterServices(services, 'nbat').map((s) => s.service_id)).toEqual(['c3d4-batch']);
		expect(filterServices(services, '分类').map((s) => s.service_id)).toEqual(['77ff-real']);
	});

	it('matches on the id', () => {
		expect(filterServices(services, '77ff').map((s) => s.service_name)).toEqual(['图像分类']);
	});

	it('returns nothing when nothing matches', () => {
		expect(filterServices(services, 'zzzz')).toEqual([]);
	});

	it('copes with missing names', () => {
		const broken = [{ service_id: 'only-id' } as ServiceSummary];

		expect(filterServices(broken, 'only')).toEqual(broken);
	});
});
