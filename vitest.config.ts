import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 20_000,
		// Terminal end-to-end tests share one tmux server; keep files from starving each other.
		maxWorkers: 2,
	},
});
