// The profile picker as the app's first pane: choosing a profile (or the demo) connects, and
// the services open on top of it, so Esc from the services comes back here.
import { Box } from 'ink';
import type { ProfileStore } from '../profiles/profileStore.js';
import type { ProfilesSlotProps } from './App.js';
import { StatusLine } from './layout/StatusLine.js';
import { type ProfileChoice, ProfileScreen } from './profiles/ProfileScreen.js';
import { testProfileConnection } from './profiles/testProfileConnection.js';
import type { ExplorerConnection } from './state/appState.js';
import type { Pane } from './state/panes.js';

export interface Connected {
	connection: ExplorerConnection;
	panes: Pane[];
}

export interface ProfilesSlotOwnProps extends ProfilesSlotProps {
	store: ProfileStore;
	connect(choice: ProfileChoice): Promise<Connected>;
	onQuit(): void;
}

export function ProfilesSlot(props: ProfilesSlotOwnProps) {
	const { store, width, height, isActive, dispatch, notice, connect, onQuit } = props;
	const { onModeChange } = props;

	const choose = (choice: ProfileChoice) => {
		const name = choice.kind === 'demo' ? 'the demo endpoint' : `profile ${choice.profile.name}`;
		dispatch({
			type: 'notice',
			notice: { text: `connecting to ${name}…`, tone: 'info', at: Date.now() },
		});
		connect(choice)
			.then(({ connection, panes }) => dispatch({ type: 'connected', connection, panes }))
			.catch((error: unknown) => {
				const text = `could not connect: ${error instanceof Error ? error.message : String(error)}`;
				dispatch({ type: 'notice', notice: { text, tone: 'error', at: Date.now() } });
			});
	};

	return (
		<Box flexDirection="column" height={height}>
			<ProfileScreen
				store={store}
				width={width}
				height={height - 1}
				isActive={isActive}
				onChoose={choose}
				onTest={(profile) => testProfileConnection(store, profile)}
				onQuit={onQuit}
				onModeChange={onModeChange}
			/>
			<StatusLine
				left={notice?.text}
				leftTone={notice?.tone === 'error' ? 'error' : undefined}
				width={width}
			/>
		</Box>
	);
}
