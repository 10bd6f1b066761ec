// The one state root of the explorer: the pane stack, the help overlay, the time zone, the
// notice on the status line and the connection in use. Components dispatch; nothing else
// holds navigation state.
import type { ModelArtsApi } from '../../client/modelArtsApi.js';
import type { TimeZoneChoice } from '../../presentation/time.js';
import type { CursorMove } from '../keys/cursorMove.js';
import { applyMove, type ListCursor, startCursor } from '../list/listCursor.js';
import { editFilter, type FilterEdit } from './filterEdit.js';
import { type Pane, type ResultFilter, resultFilters } from './panes.js';

export interface ConnectionLabel {
	profileName?: string;
	region?: string;
	endpoint?: string;
	isDemo: boolean;
	/** Set when exploring a saved response: the file's name. */
	fileName?: string;
}

export interface ExplorerConnection {
	api: ModelArtsApi;
	label: ConnectionLabel;
}

export interface Notice {
	text: string;
	tone: 'info' | 'error';
	at: number;
}

export interface AppState {
	/** Never empty: the first pane is the one the app opened on. */
	stack: Pane[];
	isHelpOpen: boolean;
	helpCursor: ListCursor;
	timeZone: TimeZoneChoice;
	notice?: Notice;
	connection?: ExplorerConnection;
}

export type AppAction =
	| { type: 'push'; pane: Pane; selectedKey?: string }
	| { type: 'back' }
	| { type: 'cursor'; cursor: ListCursor }
	/** Ties a selection that was never moved to the row it shows; a no-op once it is tied. */
	| { type: 'pinSelection'; selectedKey: string }
	| { type: 'move'; move: CursorMove; keys: readonly string[]; pageSize: number }
	| { type: 'filter'; edit: FilterEdit }
	| { type: 'cycleResultFilter' }
	| { type: 'toggleReveal' }
	| { type: 'toggleFailuresOnly' }
	| { type: 'nameService'; serviceId: string; serviceName: string }
	| { type: 'toggleHelp' }
	| { type: 'helpCursor'; cursor: ListCursor }
	| { type: 'toggleTimeZone' }
	| { type: 'notice'; notice: Notice | undefined }
	| { type: 'connected'; connection: ExplorerConnection; panes: Pane[] };

export function initialState(stack: Pane[], connection?: ExplorerConnection): AppState {
	return {
		stack,
		isHelpOpen: false,
		helpCursor: startCursor,
		timeZone: 'local',
		connection,
	};
}

export function frontPane(state: AppState): Pane {
	const pane = state.stack.at(-1);
	if (!pane) throw new Error('the pane stack is empty');
	return pane;
}

function withFront(state: AppState, change: (pane: Pane) => Pane): AppState {
	const pane = frontPane(state);
	const changed = change(pane);
	if (changed === pane) return state;
	return { ...state, stack: [...state.stack.slice(0, -1), changed] };
}

function nextResultFilter(current: ResultFilter): ResultFilter {
	const index = resultFilters.indexOf(current);
	return resultFilters[(index + 1) % resultFilters.length] ?? 'all';
}

export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'push':
			return pushPane(state, action.pane, action.selectedKey);
		case 'back':
			return goBack(state);
		case 'cursor':
			return withFront(state, (pane) => ({ ...pane, cursor: action.cursor }));
		case 'pinSelection':
			return withFront(state, (pane) =>
				pane.cursor.selectedKey === undefined
					? { ...pane, cursor: { ...pane.cursor, selectedKey: action.selectedKey } }
					: pane,
			);
		case 'move':
			return withFront(state, (pane) => ({
				...pane,
				cursor: applyMove(pane.cursor, action.keys, action.move, action.pageSize),
			}));
		case 'filter':
			return withFront(state, (pane) =>
				'filter' in pane ? { ...pane, filter: editFilter(pane.filter, action.edit) } : pane,
			);
		case 'cycleResultFilter':
			return withFront(state, (pane) =>
				pane.kind === 'updateLog'
					? { ...pane, resultFilter: nextResultFilter(pane.resultFilter) }
					: pane,
			);
		case 'toggleReveal':
			return withFront(state, (pane) =>
				pane.kind === 'config' ? { ...pane, isRevealed: !pane.isRevealed } : pane,
			);
		case 'toggleFailuresOnly':
			return withFront(state, (pane) =>
				pane.kind === 'nodes' ? { ...pane, isFailuresOnly: !pane.isFailuresOnly } : pane,
			);
		default:
			return reduceAround(state, action);
	}
}

/** Opens a pane, first pinning the selection it was opened from (so back finds it). */
function pushPane(state: AppState, pane: Pane, selectedKey: string | undefined): AppState {
	const pinned =
		selectedKey === undefined
			? state
			: withFront(state, (front) => ({ ...front, cursor: { ...front.cursor, selectedKey } }));
	return { ...pinned, stack: [...pinned.stack, pane], notice: undefined };
}

/** Back clears a kept filter first (as in k9s), then leaves the pane. */
function goBack(state: AppState): AppState {
	const pane = frontPane(state);
	if ('filter' in pane && pane.filter.text !== '') {
		return withFront(state, () => ({
			...pane,
			filter: editFilter(pane.filter, { kind: 'cancel' }),
		}));
	}
	if (state.stack.length <= 1) return state;
	const stack = state.stack.slice(0, -1);
	// Back on the profile picker nothing is connected: the header must not name the old choice.
	const isPicking = stack.at(-1)?.kind === 'profiles';
	const connection = isPicking ? undefined : state.connection;
	return { ...state, stack, notice: undefined, connection };
}

/** The actions about what surrounds the panes. */
function reduceAround(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'nameService':
			return {
				...state,
				stack: state.stack.map((pane) =>
					pane.kind === 'updateLog' && pane.serviceId === action.serviceId && !pane.serviceName
						? { ...pane, serviceName: action.serviceName }
						: pane,
				),
			};
		case 'toggleHelp':
			return { ...state, isHelpOpen: !state.isHelpOpen, helpCursor: startCursor };
		case 'helpCursor':
			return { ...state, helpCursor: action.cursor };
		case 'toggleTimeZone':
			return { ...state, timeZone: state.timeZone === 'local' ? 'utc' : 'local' };
		case 'notice':
			return { ...state, notice: action.notice };
		case 'connected':
			return {
				...state,
				connection: action.connection,
				stack: [...state.stack, ...action.panes],
				notice: undefined,
			};
		default:
			return state;
	}
}
