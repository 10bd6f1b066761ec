// The help overlay's lines, generated from the key table: a key is documented once it is bound.
import { padToWidth } from '../../terminal/displayWidth.js';
import { type KeyScope, keyBindings } from '../keys/keyBindings.js';
import { bindingKeysLabel } from '../keys/keyLabels.js';
import type { ListRow } from '../list/listRow.js';

export const scopeTitles: Record<KeyScope, string> = {
	global: 'Everywhere',
	profiles: 'Profiles',
	profileForm: 'Profile form',
	services: 'Services',
	updateLog: 'Update log',
	entry: 'One update',
	config: 'One config',
	nodes: 'Edge node results',
	diff: 'Diff',
	events: 'Events',
	filter: 'While typing a filter',
	help: 'This help',
};

const keyColumnWidth = 18;

export function helpRows(): ListRow[] {
	const rows: ListRow[] = [];
	for (const scope of Object.keys(scopeTitles) as KeyScope[]) {
		const bindings = keyBindings.filter((binding) => binding.scope === scope);
		if (bindings.length === 0) continue;
		rows.push({ key: `scope-${scope}`, segments: [{ text: scopeTitles[scope], isBold: true }] });
		for (const binding of bindings) {
			rows.push({
				key: `${scope}-${binding.action}`,
				segments: [
					{ text: `  ${padToWidth(bindingKeysLabel(binding), keyColumnWidth)} `, tone: 'accent' },
					{ text: binding.description },
				],
			});
		}
	}
	return rows;
}
