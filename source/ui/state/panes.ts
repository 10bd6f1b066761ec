// The panes of the explorer, stacked: the front one is drawn and gets the keys; the ones behind
// it keep their selection, so going back lands where the user was.
import { type ListCursor, startCursor } from '../list/listCursor.js';

export interface TextFilter {
	text: string;
	isEditing: boolean;
}

export type ResultFilter = 'all' | 'FAIL' | 'RUNNING' | 'SUCCESS';

export const resultFilters: ResultFilter[] = ['all', 'FAIL', 'RUNNING', 'SUCCESS'];

interface PaneBase {
	cursor: ListCursor;
}

export interface ProfilesPane extends PaneBase {
	kind: 'profiles';
}

export interface ServicesPane extends PaneBase {
	kind: 'services';
	filter: TextFilter;
}

export interface UpdateLogPane extends PaneBase {
	kind: 'updateLog';
	serviceId: string;
	serviceName?: string;
	/** The status the service list showed: 'deploying' sets the live refresh pace. */
	serviceStatus?: string;
	filter: TextFilter;
	resultFilter: ResultFilter;
}

export interface EntryPane extends PaneBase {
	kind: 'entry';
	updateTime: number;
}

export interface ConfigPane extends PaneBase {
	kind: 'config';
	updateTime: number;
	configIndex: number;
	isRevealed: boolean;
}

export interface NodesPane extends PaneBase {
	kind: 'nodes';
	updateTime: number;
	isFailuresOnly: boolean;
}

export interface DiffPane extends PaneBase {
	kind: 'diff';
	updateTime: number;
}

export interface EventsPane extends PaneBase {
	kind: 'events';
	updateTime: number;
}

export type Pane =
	| ProfilesPane
	| ServicesPane
	| UpdateLogPane
	| EntryPane
	| ConfigPane
	| NodesPane
	| DiffPane
	| EventsPane;

export type PaneKind = Pane['kind'];

const noFilter: TextFilter = { text: '', isEditing: false };

export const newPane = {
	profiles: (): ProfilesPane => ({ kind: 'profiles', cursor: startCursor }),
	services: (): ServicesPane => ({ kind: 'services', cursor: startCursor, filter: noFilter }),
	updateLog: (serviceId: string, serviceName?: string, serviceStatus?: string): UpdateLogPane => ({
		kind: 'updateLog',
		serviceId,
		serviceName,
		serviceStatus,
		cursor: startCursor,
		filter: noFilter,
		resultFilter: 'all',
	}),
	entry: (updateTime: number): EntryPane => ({ kind: 'entry', updateTime, cursor: startCursor }),
	config: (updateTime: number, configIndex: number): ConfigPane => ({
		kind: 'config',
		updateTime,
		configIndex,
		isRevealed: false,
		cursor: startCursor,
	}),
	nodes: (updateTime: number): NodesPane => ({
		kind: 'nodes',
		updateTime,
		isFailuresOnly: false,
		cursor: startCursor,
	}),
	diff: (updateTime: number): DiffPane => ({ kind: 'diff', updateTime, cursor: startCursor }),
	events: (updateTime: number): EventsPane => ({ kind: 'events', updateTime, cursor: startCursor }),
};
