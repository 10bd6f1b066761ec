import type { Command } from 'commander';

/** Flags that say where to connect; every command that talks to ModelArts takes them. */
export interface ConnectionFlags {
	profile?: string;
	endpoint?: string;
	region?: string;
	projectId?: string;
	demo?: boolean;
	timeout?: string;
}

const sdkExtras = '(+ HUAWEICLOUD_SDK_SECURITY_TOKEN, HUAWEICLOUD_SDK_PROJECT_ID)';

const credentialHelp = `
Credentials, first found wins (a profile may name its source instead):
  the --profile NAME profile, or the default saved profile
  HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK ${sdkExtras}
  MALOG_AUTH_TOKEN (an IAM token, sent as X-Auth-Token)
  ~/.huaweicloud/credentials, section [basic] (or HUAWEICLOUD_SDK_CREDENTIALS_FILE)
With none of these and no flags, malog uses its built-in demo endpoint.
HUAWEICLOUD_SDK_REGION_MODELARTS_{REGION} overrides a region's endpoint; HTTPS_PROXY,
HTTP_PROXY and NO_PROXY are honoured.`;

export function addConnectionOptions(command: Command): Command {
	return command
		.option('--profile <name>', 'use this saved profile instead of the default one')
		.option('--endpoint <url>', 'ModelArts endpoint URL (overrides the region and profile)')
		.option('--region <region>', 'region id, e.g. cn-north-4')
		.option('--project-id <id>', 'IAM project id (resolved from IAM when missing)')
		.option('--demo', 'use the built-in demo endpoint')
		.option('--timeout <seconds>', 'give up on a request after this many seconds', '15')
		.addHelpText('after', credentialHelp);
}
