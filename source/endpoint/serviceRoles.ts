// The generated services that play a part: a long history, the benchmark's 100 and 10,000
// updates, large edge fleets, services that deploy while the endpoint runs, and one of each
// status. The seed decides everything else about them.

export const longHistoryServiceName = '推荐排序-长历史';
export const benchmarkServiceNames = {
	hundred: 'bench-100-updates',
	tenThousand: 'bench-10000-updates',
} as const;
export const liveServiceNames = {
	realTime: 'checkout-ranker-live',
	canary: '智能客服-灰度发布',
	edge: '边缘巡检-实时部署',
} as const;

export interface ServiceRole {
	name?: string;
	inferType?: 'real-time' | 'edge' | 'batch';
	status?: string;
	updateCount?: number;
	nodeCount?: number;
	isLive?: boolean;
	canaryRate?: number;
}

export const generatedServiceCount = 34;

export const serviceRoles: ServiceRole[] = [
	{ name: longHistoryServiceName, inferType: 'real-time', status: 'running', updateCount: 2137 },
	{
		name: benchmarkServiceNames.hundred,
		inferType: 'real-time',
		status: 'running',
		updateCount: 100,
	},
	{
		name: benchmarkServiceNames.tenThousand,
		inferType: 'real-time',
		status: 'running',
		updateCount: 10_000,
	},
	{ name: liveServiceNames.realTime, inferType: 'real-time', status: 'deploying', isLive: true },
	{
		name: liveServiceNames.canary,
		inferType: 'real-time',
		status: 'deploying',
		isLive: true,
		canaryRate: 0.7,
	},
	{
		name: liveServiceNames.edge,
		inferType: 'edge',
		status: 'deploying',
		isLive: true,
		nodeCount: 56,
	},
	{ inferType: 'edge', status: 'running', nodeCount: 52 },
	{ inferType: 'edge', status: 'concerning', nodeCount: 64 },
	{ inferType: 'edge', status: 'failed', nodeCount: 80 },
	{ inferType: 'real-time', status: 'running', canaryRate: 0.5 },
	{ inferType: 'real-time', status: 'concerning' },
	{ inferType: 'real-time', status: 'failed' },
	{ inferType: 'real-time', status: 'stopped' },
	{ inferType: 'real-time', status: 'stopping' },
	{ inferType: 'real-time', status: 'deleting' },
	{ inferType: 'real-time', status: 'pending' },
	{ inferType: 'real-time', status: 'waiting' },
	{ inferType: 'real-time', status: 'deploying' },
	{ inferType: 'batch', status: 'finished' },
	{ inferType: 'batch', status: 'running' },
	{ inferType: 'batch', status: 'stopped' },
	{ inferType: 'batch', status: 'failed' },
];
