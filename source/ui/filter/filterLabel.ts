import { type AppState, frontPane } from '../state/appState.js';
import type { TextFilter } from '../state/panes.js';

/** Whether the pane in front is taking typed text right now. */
export function isTypingNow(latest: () => AppState): boolean {
	const pane = frontPane(latest());
	return 'filter' in pane && pane.filter.isEditing;
}

/** How a filter reads in a pane's title: '/text_' while typing, '/text' once kept. */
export function filterLabel(filter: TextFilter): string {
	if (filter.isEditing) return `/${filter.text}_`;
	return filter.text ? `/${filter.text}` : '';
}
