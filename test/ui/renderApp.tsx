// Renders the app in ink-testing-library and waits for what the screen shows, never for a
// fixed time.
import { render } from 'ink-testing-library';
import { App } from '../../source/ui/App.js';
import type { ExplorerOptions } from '../../source/ui/explorer/ServiceExplorer.js';
import type { ConnectionLabel, ExplorerConnection } from '../../source/ui/state/appState.js';
import type { Pane } from '../../source/ui/state/panes.js';
import type { FakeApi } from './fakeApi.js';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	ctrlC: '\u0003',
	ctrlR: '\u0012',
	backspace: '\u007F',
	tab: '\t',
};

export interface RenderedApp extends ReturnType<typeof render> {
	quits: number;
	press(...inputs: string[]): Promise<void>;
	waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
}

export function renderApp(
	api: FakeApi,
	initialPanes: Pane[],
	options: Partial<ExplorerOptions> = {},
	size = { columns: 80, rows: 24 },
	label: ConnectionLabel = { isDemo: true, region: 'cn-north-4' },
): RenderedApp {
	const connection: ExplorerConnection = { api, label };
	let quits = 0;
	const rendered = render(
		<App
			initialPanes={initialPanes}
			connection={connection}
			options={{ maskAllEnvs: false, bell: false, intervalSeconds: 5, ...options }}
			onQuit={() => {
				quits += 1;
			}}
		/>,
	);
	resizeTo(rendered, size);

	const app = rendered as RenderedApp;
	Object.defineProperty(app, 'quits', { get: () => quits });
	app.press = async (...inputs) => {
		for (const input of inputs) {
			rendered.stdin.write(input);
			await new Promise((resolve) => setImmediate(resolve));
		}
	};
	app.waitFor = (text, timeoutMs = 3000) => waitForFrame(rendered, text, timeoutMs);
	return app;
}

async function waitForFrame(
	rendered: ReturnType<typeof render>,
	text: string | RegExp,
	timeoutMs: number,
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = rendered.lastFrame() ?? '';
		if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
		if (Date.now() > deadline) {
			throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${frame}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** Gives the fake stdout a terminal size and tells the app, as a real resize would. */
export function resizeTo(
	rendered: ReturnType<typeof render>,
	size: { columns: number; rows: number },
) {
	Object.defineProperty(rendered.stdout, 'columns', {
		configurable: true,
		get: () => size.columns,
	});
	Object.defineProperty(rendered.stdout, 'rows', { configurable: true, get: () => size.rows });
	rendered.stdout.emit('resize');
}
