// Where ModelArts and IAM live for a region. The pattern is modelarts.{region}.myhuaweicloud.com;
// the official SDKs list the exceptions, and HUAWEICLOUD_SDK_REGION_MODELARTS_{REGION} overrides.

/** Regions whose ModelArts endpoint is not under .myhuaweicloud.com (from the SDK's list). */
const modelArtsHostExceptions: Record<string, string> = {
	'ap-southeast-1': 'modelarts.ap-southeast-1.myhuaweicloud.cn',
};

const regionPattern = /^[a-z]{2,}(-[a-z0-9]+)+$/;

export function isRegionId(region: string): boolean {
	return regionPattern.test(region);
}

/** The SDK's override variable for a service and region, e.g. ..._MODELARTS_CN_NORTH_4. */
export function regionOverrideVariable(service: string, region: string): string {
	const regionPart = region.replace(/-/g, '_').toUpperCase();
	return `HUAWEICLOUD_SDK_REGION_${service.toUpperCase()}_${regionPart}`;
}

export interface ResolvedEndpoint {
	url: string;
	/** What decided it, for messages: "the region", "HUAWEICLOUD_SDK_REGION_MODELARTS_…". */
	source: string;
}

function topLevelDomain(region: string): string {
	return region.startsWith('eu-') ? 'myhuaweicloud.eu' : 'myhuaweicloud.com';
}

export function modelArtsEndpointFor(
	region: string,
	env: NodeJS.ProcessEnv = process.env,
): ResolvedEndpoint {
	const variable = regionOverrideVariable('modelarts', region);
	// The SDK allows a comma-separated list; the first entry is the one it tries first.
	const override = env[variable]?.split(',')[0]?.trim();
	if (override) return { url: override.replace(/\/+$/, ''), source: variable };

	const host = modelArtsHostExceptions[region] ?? `modelarts.${region}.${topLevelDomain(region)}`;
	return { url: `https://${host}`, source: `region ${region}` };
}

/**
 * IAM for project-id lookups. With an explicit ModelArts endpoint (a private gateway, or the
 * built-in endpoint) IAM is asked at the same origin; otherwise the region's IAM, which stays
 * under .myhuaweicloud.com even for ap-southeast-1.
 */
export function iamEndpointFor(region: string, modelArtsEndpointOverride?: string): string {
	if (modelArtsEndpointOverride) return new URL(modelArtsEndpointOverride).origin;
	return `https://iam.${region}.${topLevelDomain(region)}`;
}
