// Draws the add/edit form: one line a field, the focused one marked, secrets as one '*' a
// character (or "unchanged" with the mask of the saved one), the problem under the fields.
import { Box, Text } from 'ink';
import { maskSecret } from '../../profiles/maskSecret.js';
import { padToWidth, truncateToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';

import { useTheme } from '../theme/theme.js';
import { FormHints } from './FormHints.js';
import {
	type FieldId,
	isChoiceField,
	type ProfileForm,
	secretFields,
	visibleFields,
} from './profileFormModel.js';

const labels: Record<FieldId, string> = {
	name: 'Name',
	region: 'Region',
	projectId: 'Project id',
	endpoint: 'Endpoint',
	authKind: 'Auth',
	secretSource: 'Secrets from',
	ak: 'Access key',
	sk: 'Secret key',
	securityToken: 'Security token',
	token: 'Token',
};

const choiceWords = {
	aksk: 'AK/SK',
	temporary: 'temporary AK/SK + security token',
	token: 'IAM token',
	profile: 'stored in this profile',
	env: 'environment (HUAWEICLOUD_SDK_AK/SK)',
	'credentials-file': 'SDK credentials file',
} as const;

const placeholders: Partial<Record<FieldId, string>> = {
	region: 'e.g. cn-north-4',
	projectId: '32 hex characters, or empty to look it up',
	endpoint: 'empty for the region default',
};

const labelWidth = 17;

export function fieldText(form: ProfileForm, field: FieldId): { text: string; isHint: boolean } {
	if (field === 'authKind' || field === 'secretSource') {
		return { text: `‹ ${choiceWords[form[field]]} ›`, isHint: false };
	}
	const value = form.values[field];
	if (secretFields.includes(field)) {
		const saved = form.original?.[field as 'sk' | 'securityToken' | 'token'];
		if (value === '' && saved) return { text: `unchanged ${maskSecret(saved)}`, isHint: true };
		return { text: '*'.repeat(value.length), isHint: false };
	}
	if (value === '') return { text: placeholders[field] ?? '', isHint: true };
	return { text: sanitizeText(value), isHint: false };
}

export function ProfileFormView({
	form,
	width,
	height,
}: {
	form: ProfileForm;
	width: number;
	height: number;
}) {
	const theme = useTheme();
	const fields = visibleFields(form);
	const fieldRows = Math.max(1, height - 3);
	const focusIndex = fields.indexOf(form.focus);
	const first = Math.max(0, Math.min(focusIndex - fieldRows + 1, fields.length - fieldRows));
	const title = form.original
		? `Edit profile "${sanitizeText(form.original.name)}"`
		: 'Add a profile';

	return (
		<Box flexDirection="column" height={height}>
			<Text bold>{truncateToWidth(title, width)}</Text>
			{fields.slice(Math.max(0, first), Math.max(0, first) + fieldRows).map((field) => {
				const isFocused = field === form.focus;
				const { text, isHint } = fieldText(form, field);
				const cursor = isFocused && !isChoiceField(field) ? '▏' : '';
				const label = padToWidth(`${isFocused ? '›' : ' '} ${labels[field]}`, labelWidth);
				const room = Math.max(1, width - labelWidth - 1);
				return (
					<Text key={field} wrap="truncate-end">
						<Text bold={isFocused}>{label}</Text>
						<Text
							color={theme.colorOf(isHint ? 'muted' : undefined)}
							inverse={isFocused && isChoiceField(field)}
						>
							{truncateToWidth(isHint && isFocused ? '' : text, room)}
						</Text>
						<Text>{cursor}</Text>
						{isHint && isFocused ? (
							<Text color={theme.colorOf('muted')}>{truncateToWidth(text, room)}</Text>
						) : null}
					</Text>
				);
			})}
			<Text color={theme.colorOf('error')} wrap="truncate-end">
				{form.error ? truncateToWidth(sanitizeText(form.error.message), width) : ' '}
			</Text>
			<FormHints form={form} width={width} />
		</Box>
	);
}
