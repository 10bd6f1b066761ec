// How an update result reads: a symbol (so it reads without colour) and a tone for colour.

import { glyphs } from '../terminal/glyphs.js';
import { fieldText } from './fieldText.js';
import type { Tone } from './serviceRows.js';

export interface ResultLook {
	result: string;
	resultSymbol: string;
	resultTone: Tone;
}

export function resultLook(result: unknown): ResultLook {
	const text = fieldText(result, 'UNKNOWN').toUpperCase();

	if (text === 'SUCCESS') {
		return { result: text, resultSymbol: glyphs.success, resultTone: 'ok' };
	}

	if (text === 'FAIL' || text === 'FAILED') {
		return { result: text, resultSymbol: glyphs.fail, resultTone: 'bad' };
	}

	if (text === 'RUNNING') {
		return { result: text, resultSymbol: glyphs.running, resultTone: 'busy' };
	}

	return { result: text, resultSymbol: glyphs.unknown, resultTone: 'warn' };
}
