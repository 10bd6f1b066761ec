// No project id known: ask IAM for the project named after the region, as the SDKs do.
import { UnexpectedResponseError } from './clientErrors.js';
import { listIamProjects } from './createModelArtsClient.js';
import type { TransportSettings } from './httpTransport.js';
import type { RequestOptions } from './modelArtsApi.js';

export async function resolveProjectId(
	iam: TransportSettings,
	region: string,
	options?: RequestOptions,
): Promise<string> {
	const response = await listIamProjects(iam, region, options);
	const matches = response.projects.filter((project) => project.name === region);
	const host = new URL(iam.endpoint).host;

	if (matches.length === 1 && matches[0]) return matches[0].id;
	const found = matches.length === 0 ? 'no project' : `${matches.length} projects`;
	throw new UnexpectedResponseError(
		`IAM at ${host} lists ${found} named ${region} ` +
			`for the credentials from ${iam.credentialSource}; pass --project-id`,
	);
}
