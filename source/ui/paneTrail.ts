// The header's breadcrumb and the footer's key scopes, both read off the pane stack.
import { formatTimestamp } from '../presentation/time.js';
import type { KeyScope } from './keys/keyBindings.js';
import type { AppState } from './state/appState.js';
import type { Pane } from './state/panes.js';

export function paneTrail(state: AppState): string[] {
	return state.stack.flatMap((pane): string[] => {
		switch (pane.kind) {
			case 'updateLog':
				return [pane.serviceName ?? pane.serviceId];
			case 'entry':
				return [formatTimestamp(pane.updateTime, state.timeZone)];
			case 'config':
				return [`config ${pane.configIndex + 1}`];
			case 'nodes':
				return ['nodes'];
			case 'diff':
				return ['diff'];
			case 'events':
				return ['events'];
			default:
				return [];
		}
	});
}

const paneScopes: Record<Pane['kind'], KeyScope> = {
	profiles: 'profiles',
	services: 'services',
	updateLog: 'updateLog',
	entry: 'entry',
	config: 'config',
	nodes: 'nodes',
	diff: 'diff',
	events: 'events',
};

export function isTypingFilter(pane: Pane): boolean {
	return 'filter' in pane && pane.filter.isEditing;
}

export function footerScopes(state: AppState, pane: Pane): KeyScope[] {
	if (state.isHelpOpen) return ['help'];
	if (isTypingFilter(pane)) return ['filter'];
	return [paneScopes[pane.kind]];
}

/** Panes whose rows open nothing: Enter does nothing there, so the footer does not offer it. */
const panesWithoutOpen: ReadonlySet<Pane['kind']> = new Set(['config', 'nodes', 'diff', 'events']);

/** Actions of the footer's scopes that do nothing on this screen, left out of its hints. */
export function footerOmissions(state: AppState, pane: Pane): string[] {
	const omitted: string[] = [];
	if (panesWithoutOpen.has(pane.kind)) omitted.push('open');
	if (state.connection?.label.fileName) omitted.push('log.events');
	return omitted;
}
