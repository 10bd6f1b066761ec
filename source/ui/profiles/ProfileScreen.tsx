// The first screen: saved profiles and the built-in demo endpoint. Enter chooses; a adds, e edits,
// d deletes (after y), t tests with one signed call. Every frame is exactly `height` rows.
import { Box, type Key, Text, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Profile } from '../../profiles/profile.js';
import type { ProfileStore } from '../../profiles/profileStore.js';
import { truncateToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { cursorMoveFor } from '../keys/cursorMove.js';
import { isAction } from '../keys/matchKey.js';
import { splitKeys } from '../keys/splitKeys.js';
import { moveIndex, windowTop } from '../list/listCursor.js';
import { WindowedList } from '../list/WindowedList.js';
import { type Tone, useTheme } from '../theme/theme.js';
import { ProfileFormView } from './ProfileFormView.js';
import { newProfileForm, type ProfileForm } from './profileFormModel.js';
import {
	itemKey,
	itemSummary,
	type PickerItem,
	pickerItems,
	pickerRows,
} from './profileListRows.js';
import { RegionPickerView, regionListRows } from './RegionPickerView.js';
import { useProfileForm } from './useProfileForm.js';
import { type StoreSnapshot, useStoreSnapshot } from './useStoreSnapshot.js';

export type ProfileChoice = { kind: 'profile'; profile: Profile } | { kind: 'demo' };

export interface ProfileScreenProps {
	store: ProfileStore;
	width: number;
	height: number;
	onChoose(choice: ProfileChoice): void;
	/** One signed call with the profile; resolves to a one-line verdict. */
	onTest?(profile: Profile): Promise<string>;
	/** q on the list (the app leaves every key on this screen to it, Ctrl-C aside). */
	onQuit?(): void;
	/** False while an overlay has the keys. */
	isActive?: boolean;
	/** Told when the form or a delete question opens or closes (they draw their own keys). */
	onModeChange?(mode: ProfileScreenMode): void;
}

export type ProfileScreenMode = 'list' | 'form' | 'confirmDelete';

type Mode =
	| { kind: 'list' }
	| { kind: 'form'; form: ProfileForm }
	| { kind: 'confirmDelete'; name: string };

export interface Status {
	text: string;
	tone?: Tone;
}

interface ScreenState {
	mode: Mode;
	selectedKey: string;
	top: number;
	status?: Status;
}

export function ProfileScreen(props: ProfileScreenProps) {
	const { store, width, height, isActive = true } = props;
	const theme = useTheme();
	const { snapshot, latestSnapshot, change } = useStoreSnapshot(store);
	const [state, update, latest] = useScreenState(() => ({
		mode: { kind: 'list' },
		selectedKey: initialKey(snapshot),
		top: 0,
		status: store.notice ? { text: sanitizeText(store.notice), tone: 'warn' } : undefined,
	}));
	const isMounted = useIsMounted();
	const { onModeChange } = props;
	const modeKind = state.mode.kind;
	useEffect(() => onModeChange?.(modeKind), [modeKind, onModeChange]);
	const listHeight = Math.max(1, height - 2);

	const formInput = useProfileForm({
		store,
		latestSnapshot,
		change,
		onDone: (status) => update({ mode: { kind: 'list' }, status }),
		onSaved: (name) => update({ selectedKey: name }),
		regionListRows: regionListRows(height),
	});

	useInput(
		(input, key) => {
			// The form splits a burst itself (a paste stays text); the list and the delete
			// question take it key by key, as the rest of the app does ("jj" is two moves).
			const presses = latest().mode.kind === 'form' ? [{ input, key }] : splitKeys(input, key);
			for (const press of presses) {
				const { mode } = latest();
				if (mode.kind === 'form') {
					const next = formInput(mode.form, press.input, press.key);
					if (next) update({ mode: { kind: 'form', form: next } });
				} else if (mode.kind === 'confirmDelete') {
					handleConfirm(mode.name, press.input, press.key);
				} else {
					handleList(press.input, press.key);
				}
			}
		},
		{ isActive },
	);

	function handleConfirm(name: string, input: string, key: Key) {
		if (isAction('profiles.confirm', input, key)) {
			const error = change(() => store.remove(name));
			update({
				mode: { kind: 'list' },
				status: error ?? { text: `Deleted profile "${sanitizeText(name)}"` },
			});
		} else if (isAction('profiles.cancel', input, key)) {
			update({ mode: { kind: 'list' }, status: { text: 'Nothing deleted' } });
		}
	}

	function handleList(input: string, key: Key) {
		const view = listView(latestSnapshot(), latest(), listHeight);
		const { selected } = view;
		const move = cursorMoveFor(input, key);
		if (move) {
			const next = view.items[moveIndex(view.index, move, listHeight, view.items.length)];
			update({ selectedKey: next ? itemKey(next) : '', top: view.firstRow, status: undefined });
		} else if (isAction('profiles.choose', input, key) && selected) {
			props.onChoose(selected.kind === 'demo' ? { kind: 'demo' } : selected);
		} else if (isAction('profiles.add', input, key)) {
			update({ mode: { kind: 'form', form: newProfileForm() } });
		} else if (isAction('profiles.edit', input, key)) {
			if (selected?.kind === 'profile')
				update({ mode: { kind: 'form', form: newProfileForm(selected.profile) } });
			else update({ status: { text: 'The demo endpoint has nothing to edit' } });
		} else if (isAction('profiles.delete', input, key)) {
			if (selected?.kind === 'profile')
				update({ mode: { kind: 'confirmDelete', name: selected.profile.name } });
			else update({ status: { text: 'The demo endpoint cannot be deleted' } });
		} else if (isAction('profiles.test', input, key)) {
			testSelected(selected);
		} else if (isAction('quit', input, key)) {
			props.onQuit?.();
		}
	}

	function testSelected(item: PickerItem | undefined) {
		if (item?.kind !== 'profile') {
			update({ status: { text: 'The demo endpoint needs no test: choose it with Enter' } });
			return;
		}
		if (!props.onTest) {
			update({ status: { text: 'Testing is not available here' } });
			return;
		}
		const name = sanitizeText(item.profile.name);
		update({ status: { text: `Testing "${name}"…`, tone: 'busy' } });
		props.onTest(item.profile).then(
			(verdict) =>
				isMounted.current && update({ status: { text: `${name}: ${sanitizeText(verdict)}` } }),
			(error: unknown) =>
				isMounted.current &&
				update({ status: { text: `${name}: ${sanitizeText(errorText(error))}`, tone: 'error' } }),
		);
	}

	const { mode } = state;
	if (mode.kind === 'form') {
		const View = mode.form.regionPicker ? RegionPickerView : ProfileFormView;
		return <View form={mode.form} width={width} height={height} />;
	}

	const view = listView(snapshot, state, listHeight);
	const rows = pickerRows(view.items, snapshot.defaultName).slice(
		view.firstRow,
		view.firstRow + listHeight,
	);
	const shown: Status =
		mode.kind === 'confirmDelete'
			? {
					text: `Delete profile "${sanitizeText(mode.name)}"? y to delete, n to keep`,
					tone: 'warn',
				}
			: (snapshot.error ??
				state.status ?? { text: itemSummary(view.selected, snapshot.defaultName), tone: 'muted' });
	const title = `Profiles (${snapshot.profiles.length}) · ${sanitizeText(store.path)}`;

	return (
		<Box flexDirection="column" height={height}>
			<Text bold>{truncateToWidth(title, width)}</Text>
			<WindowedList
				rows={rows}
				selectedOffset={view.index - view.firstRow}
				height={listHeight}
				width={width}
			/>
			<Text color={theme.colorOf(shown.tone)}>{truncateToWidth(shown.text, width) || ' '}</Text>
		</Box>
	);
}

/** The items, the selection (kept by key across changes) and the first row in view. */
function listView(snapshot: StoreSnapshot, state: ScreenState, listHeight: number) {
	const items = pickerItems(snapshot.profiles);
	const found = items.findIndex((item) => itemKey(item) === state.selectedKey);
	const index = Math.max(0, found);
	const firstRow = windowTop(state.top, index, listHeight, items.length);
	return { items, index, firstRow, selected: items[index] };
}

/** State whose newest value handlers can read at once: keys can outrun React's renders. */
function useScreenState(initial: () => ScreenState) {
	const [state, setState] = useState(initial);
	const latest = useRef(state);
	const update = (patch: Partial<ScreenState>) => {
		latest.current = { ...latest.current, ...patch };
		setState(latest.current);
	};
	return [state, update, () => latest.current] as const;
}

function initialKey(snapshot: StoreSnapshot): string {
	const first = pickerItems(snapshot.profiles)[0];
	return snapshot.defaultName ?? (first ? itemKey(first) : '');
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function useIsMounted() {
	const isMounted = useRef(true);
	useEffect(
		() => () => {
			isMounted.current = false;
		},
		[],
	);
	return isMounted;
}
