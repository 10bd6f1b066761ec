import { describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../../source/endpoint/faultSpec.js';

describe('parseFaultSpec', () => {
	it('reads the kind, its value and the options', () => {
		expect(parseFaultSpec('throttle=5,times=2')).toEqual({ kind: 'throttle', value: 5, times: 2 });
		expect(parseFaultSpec('server-error=503,service=abc,rate=0.5')).toEqual({
			kind: 'server-error',
			value: 503,
			serviceId: 'abc',
			rate: 0.5,
		});
		expect(parseFaultSpec('reset')).toEqual({ kind: 'reset' });
	});

	it.each(['boom', 'latency=soon', 'reset,often=1', 'server-error=404', 'throttle,times=-1'])(
		'refuses %s with a message that says what is accepted',
		(spec) => {
			expect(() => parseFaultSpec(spec)).toThrow(/fault ".*": /);
		},
	);
});
