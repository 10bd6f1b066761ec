import type { Key } from 'ink';
import { isAction } from './matchKey.js';

export type CursorMove = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last';

const moves: CursorMove[] = ['up', 'down', 'pageUp', 'pageDown', 'first', 'last'];

/** The list movement a key asks for, if it is one of the movement keys of the table. */
export function cursorMoveFor(input: string, key: Key): CursorMove | undefined {
	return moves.find((move) => isAction(move, input, key));
}
