import { describe, expect, it } from 'vitest';
import { createFileApi } from '../../source/offline/fileApi.js';
import { parseUpdateLogsText } from '../../source/offline/updateLogsFile.js';

describe('a saved update-log response', () => {
	it('reads the documented example and serves it as an api', async () => {
		const text = JSON.stringify({
			service_id: 'e2122bbd-f7c8-4bf8-bacc-59616276194b',
			service_name: 'service-demo',
			logs: [
				{ update_time: 1586250930708, result: 'RUNNING', config: [{ custom_spec: {} }], extra: 1 },
			],
		});
		const api = createFileApi(parseUpdateLogsText(text, 'saved.json'));
		const services = await api.listServices();
		expect(services[0]?.service_name).toBe('service-demo');
		const logs = await api.showUpdateLogs('e2122bbd-f7c8-4bf8-bacc-59616276194b');
		expect(logs.logs[0]).toMatchObject({ update_time: 1586250930708, extra: 1 });
	});

	it('tolerates config sent as a JSON string and custom_spec as a number', () => {
		const text = JSON.stringify({
			logs: [{ update_time: '5', result: 'FAIL', config: '[{"custom_spec": 3}]' }],
		});
		const parsed = parseUpdateLogsText(text, 'x.json');
		expect(parsed.logs[0]?.update_time).toBe(5);
		expect(parsed.logs[0]?.config?.[0]?.custom_spec).toBe(3);
	});

	it('names the file and the field when it cannot be used', () => {
		expect(() => parseUpdateLogsText('{', 'bad.json')).toThrow(/bad.json is not JSON/);
		expect(() => parseUpdateLogsText('{"logs": [{"result": "FAIL"}]}', 'x.json')).toThrow(
			/logs\.0\.update_time/,
		);
	});
});
