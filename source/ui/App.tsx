// The root of the explorer: one reducer holds the navigation; the pane in front (or the help
// overlay) gets the keys; every frame is one line shorter than the terminal, so Ink never
// clears the screen to redraw it.
import { Box, type Key, Text, useInput } from 'ink';
import { type ReactNode, useRef, useState } from 'react';
import type { ModelArtsApi } from '../client/modelArtsApi.js';
import { type ExplorerOptions, ServiceExplorer } from './explorer/ServiceExplorer.js';
import { HelpOverlay } from './help/HelpOverlay.js';
import { type KeyHandler, type KeyRouter, KeyRouterContext } from './keys/keyRouter.js';
import { isAction } from './keys/matchKey.js';
import { splitKeys } from './keys/splitKeys.js';
import { FooterHints } from './layout/FooterHints.js';
import { Header } from './layout/Header.js';
import { TooSmall } from './layout/TooSmall.js';
import { isTooSmall, useTerminalSize } from './layout/useTerminalSize.js';
import { footerOmissions, footerScopes, isTypingFilter, paneTrail } from './paneTrail.js';
import type { ProfileScreenMode } from './profiles/ProfileScreen.js';
import { ServicesPane } from './services/ServicesPane.js';
import {
	type AppAction,
	type AppState,
	type ExplorerConnection,
	frontPane,
	initialState,
	type Notice,
} from './state/appState.js';
import type { Pane } from './state/panes.js';
import { useAppStore } from './state/useAppStore.js';

export interface ProfilesSlotProps {
	width: number;
	height: number;
	isActive: boolean;
	notice?: Notice;
	dispatch(action: AppAction): void;
	/** The profile screen says when its form or a question is open: they draw their own keys. */
	onModeChange(mode: ProfileScreenMode): void;
}

export interface AppProps {
	initialPanes: Pane[];
	connection?: ExplorerConnection;
	options: ExplorerOptions;
	/** Draws the profile picker when it is the front pane (explore.ts wires the profiles). */
	renderProfiles?(props: ProfilesSlotProps): ReactNode;
	onQuit(): void;
}

export function App({ initialPanes, connection, options, renderProfiles, onQuit }: AppProps) {
	const { state, dispatch, latest } = useAppStore(() => initialState(initialPanes, connection));
	const size = useTerminalSize();
	const front = frontPane(state);
	const paneKeys = useRef<KeyHandler | undefined>(undefined);
	const overlayKeys = useRef<KeyHandler | undefined>(undefined);

	const router: KeyRouter = { pane: paneKeys, overlay: overlayKeys };
	const [profileMode, setProfileMode] = useState<ProfileScreenMode>('list');
	const hasOwnKeyLine = front.kind === 'profiles' && profileMode !== 'list';
	const onQuitRef = useRef(onQuit);
	onQuitRef.current = onQuit;

	// Subscribed once; everything it reads is a ref, so it never answers with an old frame.
	useInput((chunk, chunkKey) => {
		for (const { input, key } of splitKeys(chunk, chunkKey)) {
			routeKey(input, key, latest(), router, onQuitRef.current, dispatch);
		}
	});

	if (isTooSmall(size)) return <TooSmall size={size} />;

	const width = size.columns;
	const bodyHeight = size.rows - 3;

	return (
		<KeyRouterContext.Provider value={router}>
			<Box flexDirection="column" width={width} height={size.rows - 1}>
				<Header label={state.connection?.label} trail={paneTrail(state)} width={width} />
				<Box height={bodyHeight} flexDirection="column">
					{state.isHelpOpen ? (
						<HelpOverlay state={state} dispatch={dispatch} width={width} height={bodyHeight} />
					) : null}
					<Box display={state.isHelpOpen ? 'none' : 'flex'} flexDirection="column">
						<PaneBody
							state={state}
							latest={latest}
							dispatch={dispatch}
							width={width}
							height={bodyHeight}
							options={options}
							renderProfiles={renderProfiles}
							onProfileModeChange={setProfileMode}
						/>
					</Box>
				</Box>
				{hasOwnKeyLine ? (
					<Text> </Text>
				) : (
					<FooterHints
						scopes={footerScopes(state, front)}
						omit={footerOmissions(state, front)}
						width={width}
					/>
				)}
			</Box>
		</KeyRouterContext.Provider>
	);
}

/** Where one key goes: Ctrl-C always quits; an open overlay, then a filter being typed, come
 * before the global keys; the pane in front gets the rest. */
function routeKey(
	input: string,
	key: Key,
	now: AppState,
	router: KeyRouter,
	onQuit: () => void,
	dispatch: (action: AppAction) => void,
): void {
	const front = frontPane(now);
	if (isAction('interrupt', input, key)) onQuit();
	else if (now.isHelpOpen) {
		if (isAction('quit', input, key)) onQuit();
		else router.overlay.current?.(input, key);
	} else if (front.kind === 'profiles' || isTypingFilter(front)) {
		// The profile picker has text fields and keys of its own (q included).
		if (front.kind !== 'profiles') router.pane.current?.(input, key);
	} else if (isAction('quit', input, key)) onQuit();
	else if (isAction('help', input, key)) dispatch({ type: 'toggleHelp' });
	else if (isAction('back', input, key)) dispatch({ type: 'back' });
	else router.pane.current?.(input, key);
}

interface PaneBodyProps {
	state: AppState;
	latest(): AppState;
	dispatch(action: AppAction): void;
	width: number;
	height: number;
	options: ExplorerOptions;
	renderProfiles?(props: ProfilesSlotProps): ReactNode;
	onProfileModeChange(mode: ProfileScreenMode): void;
}

/** The front pane; the update log stays mounted under its nested panes so it keeps refreshing. */
function PaneBody(props: PaneBodyProps) {
	const { state, latest, dispatch, width, height, options, renderProfiles } = props;
	const { onProfileModeChange } = props;
	const front = frontPane(state);
	const isActive = !state.isHelpOpen;
	const api: ModelArtsApi | undefined = state.connection?.api;
	const logPane = state.stack.find((pane) => pane.kind === 'updateLog');
	const common = { state, latest, dispatch, width, height, isActive };

	if (front.kind === 'profiles') {
		const slot = { width, height, isActive, dispatch, notice: state.notice };
		return renderProfiles?.({ ...slot, onModeChange: onProfileModeChange }) ?? null;
	}
	if (!api) return null;
	if (front.kind === 'services') return <ServicesPane {...common} pane={front} api={api} />;
	if (logPane?.kind === 'updateLog') {
		return (
			<ServiceExplorer
				{...common}
				key={logPane.serviceId}
				pane={logPane}
				api={api}
				options={options}
			/>
		);
	}
	return null;
}
