// The rows of the profile picker: every saved profile, then the built-in demo endpoint. Pure;
// names are cleaned of control characters and columns measured by display width.
import type { AuthKind, Profile, SecretSource } from '../../profiles/profile.js';
import { displayWidth, padToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import type { ListRow } from '../list/listRow.js';

export type PickerItem = { kind: 'profile'; profile: Profile } | { kind: 'demo' };

export const demoItemKey = '\u0000demo';

export function pickerItems(profiles: readonly Profile[]): PickerItem[] {
	return [
		...profiles.map((profile): PickerItem => ({ kind: 'profile', profile })),
		{ kind: 'demo' },
	];
}

export function itemKey(item: PickerItem): string {
	return item.kind === 'demo' ? demoItemKey : item.profile.name;
}

const kindWords: Record<AuthKind, string> = {
	aksk: 'AK/SK',
	temporary: 'temporary',
	token: 'token',
};
const sourceWords: Record<SecretSource, string> = {
	profile: 'stored',
	env: 'environment',
	'credentials-file': 'SDK file',
};

/** "AK/SK · stored": short enough for a 60-column terminal. */
export function shortCredentialLabel(profile: Profile): string {
	return `${kindWords[profile.authKind]} · ${sourceWords[profile.secretSource]}`;
}

const regionWidth = 15;
const maximumNameWidth = 24;
const demoName = 'Built-in demo endpoint';

export function pickerRows(
	items: readonly PickerItem[],
	defaultName: string | undefined,
): ListRow[] {
	const names = items.map((item) =>
		item.kind === 'demo' ? demoName : sanitizeText(item.profile.name),
	);
	const nameWidth = Math.min(maximumNameWidth, Math.max(...names.map(displayWidth))) + 2;

	return items.map((item, index) => {
		const name = padToWidth(names[index] ?? '', nameWidth);
		if (item.kind === 'demo') {
			return {
				key: demoItemKey,
				segments: [
					{ text: '  ' },
					{ text: name, tone: 'accent' },
					{ text: padToWidth('local', regionWidth), tone: 'muted' },
					{ text: 'no credentials needed', tone: 'muted' },
				],
			};
		}
		const isDefault = item.profile.name === defaultName;
		return {
			key: item.profile.name,
			segments: [
				{ text: isDefault ? '* ' : '  ', tone: 'accent' },
				{ text: name, isBold: isDefault },
				{ text: padToWidth(sanitizeText(item.profile.region), regionWidth) },
				{ text: shortCredentialLabel(item.profile), tone: 'muted' },
			],
		};
	});
}

/** One line about the selected item, for the status line when nothing else is said. */
export function itemSummary(item: PickerItem | undefined, defaultName: string | undefined): string {
	if (!item) return '';
	if (item.kind === 'demo') return 'A local ModelArts-compatible endpoint with sample services';
	const { profile } = item;
	const parts = [
		profile.projectId ? `project ${profile.projectId}` : 'project id looked up when needed',
		profile.endpoint ? `endpoint ${profile.endpoint}` : undefined,
		profile.name === defaultName ? 'default' : undefined,
	];
	return sanitizeText(parts.filter(Boolean).join(' · '));
}
