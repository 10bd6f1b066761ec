// `malog demo-server` in-process: its output, that it serves, and that a signal ends it.
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerDemoServerCommand } from '../../source/commands/demoServer.js';

function program(): Command {
	const root = new Command('malog').exitOverride();
	root.configureOutput({ writeErr: () => {}, writeOut: () => {} });
	registerDemoServerCommand(root);
	return root;
}

async function waitFor<T>(read: () => T | undefined, deadlineMs = 10_000): Promise<T> {
	const deadline = Date.now() + deadlineMs;
	for (;;) {
		const value = read();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((resolve) => setImmediate(resolve));
	}
}

describe('malog demo-server', () => {
	afterEach(() => vi.restoreAllMocks());

	it('prints one JSON object, serves with those credentials, and stops on SIGTERM', async () => {
		const written: string[] = [];
		vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			written.push(String(chunk));
			return true;
		});

		const running = program().parseAsync(
			['node', 'malog', 'demo-server', '--json', '--pace', '0'],
			{ from: 'node' },
		);
		const line = await waitFor(() => written.find((each) => each.startsWith('{')));
		const summary = JSON.parse(line);

		expect(Object.keys(summary).sort()).toEqual(['ak', 'endpoint', 'projectId', 'sk', 'token']);
		const response = await fetch(`${summary.endpoint}/v1/${summary.projectId}/services?limit=1`, {
			headers: { 'X-Auth-Token': summary.token },
		});
		expect(response.status).toBe(200);

		process.emit('SIGTERM');
		await running;
		await expect(fetch(`${summary.endpoint}/v1/`)).rejects.toThrow();
	});

	it.each([
		[['--port', 'x'], /port/],
		[['--pace', '-1'], /pace/],
		[['--fault', 'meteor'], /unknown kind "meteor"/],
		[['--fault', 'server-error=418'], /500, 502, 503 or 504/],
	])('refuses %j with a one-line message', async (flags, message) => {
		await expect(program().parseAsync(['node', 'malog', 'demo-server', ...flags])).rejects.toThrow(
			message,
		);
	});
});
