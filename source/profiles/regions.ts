// Regions where ModelArts runs, as the official SDK lists them (API reference §6). Anything else
// is accepted only as a deliberate custom region (a private or newly opened one).

export const knownRegions: readonly string[] = [
	'af-north-1',
	'af-south-1',
	'ap-southeast-1',
	'ap-southeast-2',
	'ap-southeast-3',
	'ap-southeast-4',
	'cn-east-3',
	'cn-east-4',
	'cn-north-1',
	'cn-north-2',
	'cn-north-4',
	'cn-north-9',
	'cn-north-11',
	'cn-north-12',
	'cn-south-1',
	'cn-southwest-2',
	'cn-southwest-3',
	'la-north-2',
	'la-south-2',
	'me-east-1',
	'sa-brazil-1',
	'tr-west-1',
];

export function isKnownRegion(region: string): boolean {
	return knownRegions.includes(region);
}

/** Region ids look like `cn-north-4` or `eu-west-101`: lowercase words and a number. */
export function looksLikeRegionId(region: string): boolean {
	return /^[a-z]{2,}(-[a-z0-9]+)*-\d+$/.test(region);
}
