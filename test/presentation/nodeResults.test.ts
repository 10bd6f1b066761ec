import { describe, expect, it } from 'vitest';
import type { UpdateLogEntry } from '../../source/api/types.js';
import {
	nodeCounts,
	nodeCountsText,
	nodeResultRows,
} from '../../source/presentation/nodeResults.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const entry: UpdateLogEntry = {
	update_time: 1,
	result: 'FAIL',
	success_num: 2,
	failed_num: 1,
	result_detail: [
		{ node_id: 'n1', node_name: 'edge-北京-1', operation: 'deploy', result: true },
		{ node_id: 'n2', node_name: 'edge-2', operation: 'deploy', result: false },
		{ node_id: 'n3', node_name: 'edge-3', operation: 'delete' },
		{ node_id: 'n4', node_name: 'edge-4', operation: 'deploy', result: true },
	],
};

describe('nodeResultRows', () => {
	it('lists failures first, then unknown, then successes', () => {
		const rows = nodeResultRows(entry, { failuresOnly: false });

		expect(rows.map((row) => row.id)).toEqual(['n2', 'n3', 'n1', 'n4']);
		expect(rows[0]).toMatchObject({
			name: 'edge-2',
			operation: 'deploy',
			ok: false,
			symbol: glyphs.fail,
		});
		expect(rows[1]).toMatchObject({ ok: undefined, symbol: glyphs.unknown });
		expect(rows[2]).toMatchObject({ name: 'edge-北京-1', ok: true, symbol: glyphs.success });
	});

	it('shows only failures when asked', () => {
		expect(nodeResultRows(entry, { failuresOnly: true }).map((row) => row.id)).toEqual(['n2']);
	});

	it('has no rows for an entry without results or with a broken list', () => {
		expect(nodeResultRows({ update_time: 1, result: 'SUCCESS' }, { failuresOnly: false })).toEqual(
			[],
		);
		expect(
			nodeResultRows(
				{ update_time: 1, result: 'SUCCESS', result_detail: 5 as never },
				{ failuresOnly: false },
			),
		).toEqual([]);
	});
});

describe('nodeCounts', () => {
	it('uses success_num and failed_num when given', () => {
		expect(nodeCounts(entry)).toEqual({ succeeded: 2, failed: 1, total: 3 });
		expect(nodeCountsText(entry)).toBe(`2${glyphs.success} 1${glyphs.fail}`);
	});

	it('counts result_detail when the numbers are missing', () => {
		const { success_num: _s, failed_num: _f, ...withoutCounts } = entry;

		expect(nodeCounts(withoutCounts)).toEqual({ succeeded: 2, failed: 1, total: 3 });
	});
});
