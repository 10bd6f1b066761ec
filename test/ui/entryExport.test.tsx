import { mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { writeEntryFile, writtenNotice } from '../../source/ui/explorer/entryExport.js';
import { newPane } from '../../source/ui/state/panes.js';
import { createFakeApi } from './fakeApi.js';
import { renderApp } from './renderApp.js';

afterEach(() => cleanup());

const tempFolder = () => realpathSync(mkdtempSync(join(tmpdir(), 'malog-export-')));

describe('writing an update to a file', () => {
	it('never overwrites: a second and third write take -2 and -3', () => {
		const folder = tempFolder();
		const first = writeEntryFile('{"a":1}', 'malog-x-1.json', [folder]);
		const second = writeEntryFile('{"a":2}', 'malog-x-1.json', [folder]);
		const third = writeEntryFile('{"a":3}', 'malog-x-1.json', [folder]);
		expect(first).toBe(join(folder, 'malog-x-1.json'));
		expect(second).toBe(join(folder, 'malog-x-1-2.json'));
		expect(third).toBe(join(folder, 'malog-x-1-3.json'));
		expect(readFileSync(first, 'utf8')).toBe('{"a":1}\n');
		expect(readFileSync(third, 'utf8')).toBe('{"a":3}\n');
	});

	it('names the file first in the notice, so a deep folder cannot push it out of view', () => {
		const deep = `/home/someone/${'very-long-folder-name/'.repeat(5)}work`;
		const notice = writtenNotice(join(deep, 'malog-service-demo-1586250930708.json'));
		expect(notice.startsWith('wrote malog-service-demo-1586250930708.json')).toBe(true);
		expect(notice).toContain('very-long-folder-name');
		expect(writtenNotice('/home/u/exports/x.json', '/home/u')).toBe('wrote x.json in ~/exports');
	});

	it('shows the written file on the status line at 80 columns', async () => {
		const before = process.cwd();
		process.chdir(tempFolder());
		try {
			const app = renderApp(createFakeApi(), [newPane.updateLog('svc-demo')]);
			await app.waitFor('1–1 of 1');
			await app.press('w');
			await app.waitFor('wrote malog-service-demo-1586250930708.json');
			await app.press('w');
			await app.waitFor('wrote malog-service-demo-1586250930708-2.json');
		} finally {
			process.chdir(before);
		}
	});
});
