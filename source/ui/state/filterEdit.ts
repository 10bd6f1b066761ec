// Editing a pane's text filter, as reducer steps: keys typed faster than frames are drawn
// each apply to the text the previous one left.
import type { TextFilter } from './panes.js';

export type FilterEdit =
	| { kind: 'start' }
	| { kind: 'type'; text: string }
	| { kind: 'erase' }
	| { kind: 'accept' }
	| { kind: 'cancel' };

const segmenter = new Intl.Segmenter();

function withoutLastCharacter(text: string): string {
	const segments = [...segmenter.segment(text)];
	return segments
		.slice(0, -1)
		.map((part) => part.segment)
		.join('');
}

export function editFilter(filter: TextFilter, edit: FilterEdit): TextFilter {
	switch (edit.kind) {
		case 'start':
			return { text: filter.text, isEditing: true };
		case 'type':
			return { text: filter.text + edit.text, isEditing: true };
		case 'erase':
			return { text: withoutLastCharacter(filter.text), isEditing: true };
		case 'accept':
			return { text: filter.text, isEditing: false };
		case 'cancel':
			return { text: '', isEditing: false };
	}
}
