// The Huawei Cloud SDK credentials file (~/.huaweicloud/credentials, INI), section [basic]: the
// same file the official SDKs read, so a machine set up for them works with malog as is.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'ini';
import { UsageError } from '../commands/exitCodes.js';

export const credentialsFileVariable = 'HUAWEICLOUD_SDK_CREDENTIALS_FILE';

export interface CredentialsFile {
	path: string;
	ak?: string;
	sk?: string;
	securityToken?: string;
	projectId?: string;
}

export function credentialsFilePath(env: NodeJS.ProcessEnv): string {
	const override = env[credentialsFileVariable]?.trim();
	return override ? override : join(homedir(), '.huaweicloud', 'credentials');
}

function field(section: Record<string, unknown>, name: string): string | undefined {
	const value = section[name];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The [basic] section, or undefined when the file does not exist. */
export function readCredentialsFile(path: string): CredentialsFile | undefined {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new UsageError(
			`cannot read the credentials file ${path} (${reason}); fix its permissions`,
		);
	}

	const basic = parse(text).basic;
	if (typeof basic !== 'object' || basic === null) return { path };
	const section = basic as Record<string, unknown>;
	return {
		path,
		ak: field(section, 'ak'),
		sk: field(section, 'sk'),
		securityToken: field(section, 'security_token'),
		projectId: field(section, 'project_id'),
	};
}
