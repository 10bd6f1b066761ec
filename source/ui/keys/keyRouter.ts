// One keyboard listener for the whole app, at its root, handing each key to the pane in front
// (or the open overlay). Ink subscribes a useInput handler in an effect, and with React 19 those
// effects may run only at the next commit: a pane's own useInput would answer a key with the
// data of an earlier frame, and a pane just opened would not hear the keys that follow. A pane
// registers its handler while it renders instead, so the handler is always the latest one.
import type { Key } from 'ink';
import { createContext, type RefObject, useContext } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

export interface KeyRouter {
	pane: RefObject<KeyHandler | undefined>;
	overlay: RefObject<KeyHandler | undefined>;
}

export const KeyRouterContext = createContext<KeyRouter | undefined>(undefined);

/** The front pane's keys: the handler applies from this render on, while the pane is active. */
export function usePaneKeys(handler: KeyHandler, isActive: boolean): void {
	const router = useContext(KeyRouterContext);
	if (router && isActive) router.pane.current = handler;
}

/** An overlay's keys (the help): it gets every key but Ctrl-C while it is open. */
export function useOverlayKeys(handler: KeyHandler): void {
	const router = useContext(KeyRouterContext);
	if (router) router.overlay.current = handler;
}
