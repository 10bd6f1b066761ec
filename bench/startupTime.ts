// Time to the first interactive frame: from the moment the program may start to the moment
// its terminal receives a frame showing `marker`. Runs of the app and the baseline alternate,
// so a noisy stretch of the machine hits both.
import { BenchSession } from './benchSession.js';

export interface StartupSubject {
	command: string;
	marker: string | RegExp;
	env?: Record<string, string>;
}

export async function timeToFirstFrame(subject: StartupSubject): Promise<number> {
	const session = await BenchSession.start({ command: subject.command, env: subject.env ?? {} });
	try {
		const shownAt = await session.waitForOutput(subject.marker);
		return shownAt - session.startedAt;
	} finally {
		await session.close();
	}
}

export async function compareStartup(
	subjects: { app: StartupSubject; baseline: StartupSubject },
	runs: number,
): Promise<{ app: number[]; baseline: number[] }> {
	const app: number[] = [];
	const baseline: number[] = [];
	for (let run = 0; run < runs; run++) {
		baseline.push(await timeToFirstFrame(subjects.baseline));
		app.push(await timeToFirstFrame(subjects.app));
	}
	return { app, baseline };
}
