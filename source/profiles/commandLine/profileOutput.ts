// `malog profile list` and `show`: aligned columns measured by display width (Chinese names),
// every value cleaned of control characters, secrets masked or absent.
import { displayWidth, padToWidth } from '../../terminal/displayWidth.js';
import { sanitizeText } from '../../terminal/sanitize.js';
import { credentialSourceLabel, profileDetails } from '../describeProfile.js';
import { ProfileInputError } from '../profileErrors.js';
import type { ProfileCommandIo } from './profileCommandIo.js';

export function listProfiles(io: ProfileCommandIo, isJson: boolean): void {
	const store = io.openStore();
	const profiles = store.list();
	const defaultName = store.defaultName();

	if (isJson) {
		const rows = profiles.map((profile) => ({
			name: profile.name,
			region: profile.region,
			projectId: profile.projectId ?? null,
			endpoint: profile.endpoint ?? null,
			authKind: profile.authKind,
			secretSource: profile.secretSource,
			isDefault: profile.name === defaultName,
		}));
		io.out(`${JSON.stringify(rows, null, 2)}\n`);
		return;
	}
	if (profiles.length === 0) {
		io.err('no profiles yet; add one with: malog profile add NAME --region cn-north-4\n');
		return;
	}

	const header = ['NAME', 'REGION', 'PROJECT ID', 'CREDENTIALS'];
	const rows = profiles.map((profile) => [
		`${profile.name === defaultName ? '*' : ' '} ${profile.name}`,
		profile.region,
		profile.projectId ?? '-',
		credentialSourceLabel(profile),
	]);
	io.out(formatTable([[`  ${header[0]}`, ...header.slice(1)], ...rows]));
}

export function showProfile(io: ProfileCommandIo, name: string): void {
	const store = io.openStore();
	const profile = store.get(name);
	if (!profile) throw new ProfileInputError(`no profile named "${name}" (see malog profile list)`);

	const details = profileDetails(profile);
	if (store.defaultName() === name) details.push(['default', 'yes']);
	const labelWidth = Math.max(...details.map(([label]) => label.length)) + 2;
	for (const [label, value] of details) {
		io.out(`${padToWidth(`${label}:`, labelWidth)}${sanitizeText(value)}\n`);
	}
}

function formatTable(rows: string[][]): string {
	const clean = rows.map((row) => row.map((cell) => sanitizeText(cell)));
	const widths = clean[0]?.map((_, column) =>
		Math.max(...clean.map((row) => displayWidth(row[column] ?? ''))),
	);
	return clean
		.map((row) =>
			row
				.map((cell, column) =>
					column === row.length - 1 ? cell : padToWidth(cell, (widths?.[column] ?? 0) + 2),
				)
				.join(''),
		)
		.map((line) => `${line}\n`)
		.join('');
}
