// Steps and readings the end-to-end journeys share: where the list stands, one frame on the
// screen, and opening a service from the picker by its name.
import { expect } from 'vitest';
import type { Terminal } from './terminal.js';

export const positionPattern = /(\d[\d,]*)–(\d[\d,]*) of (\d[\d,]*)/;

export function position(screen: string) {
	const match = positionPattern.exec(screen);
	const toNumber = (text = '') => Number(text.replaceAll(',', ''));
	return { first: toNumber(match?.[1]), last: toNumber(match?.[2]), total: toNumber(match?.[3]) };
}

/** One frame on the screen: the header once, no line wider than the terminal. */
export function expectOneFrame(screen: string, cols: number) {
	expect(screen.split('\n').filter((line) => line.startsWith('malog ›'))).toHaveLength(1);
	for (const line of screen.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(cols);
}

function displayWidth(line: string): number {
	return [...line].reduce((width, char) => width + (/\p{Script=Han}/u.test(char) ? 2 : 1), 0);
}

/** Filters the service picker to one service and opens its update log. */
export async function openService(screenOf: Terminal, name: string) {
	await screenOf.press('/');
	await screenOf.waitForText('/_');
	await screenOf.type(name);
	await screenOf.waitForText('1–1 of 1');
	await screenOf.press('Enter');
	await screenOf.waitForTextGone(`/${name}_`);
	await screenOf.press('Enter');
	const title = `Update log of ${name}`;
	return screenOf.waitFor(
		(text) => text.includes(title) && position(text).first === 1,
		`the loaded update log of ${name}`,
	);
}
