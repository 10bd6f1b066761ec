// Edge nodes of the demo: the node objects ShowService lists under config[].nodes[], and the
// per-node results (result_detail) an edge update records.
import type { EdgeNode, NodeResult, UpdateLogEntry } from '../api/types.js';
import { deriveSeed, type Random } from './seededRandom.js';

const sites = ['shenzhen', 'suzhou', 'chengdu', 'wuhan', 'xian', 'hangzhou', 'dongguan'];
const siteLabels: Record<string, string> = {
	shenzhen: '深圳工厂',
	suzhou: '苏州产线',
	chengdu: '成都仓库',
	wuhan: '武汉园区',
	xian: '西安门店',
	hangzhou: '杭州机房',
	dongguan: '东莞车间',
};

const failureMessages = [
	'image pull timed out: edge node cannot reach the SWR registry',
	'insufficient memory on node: requested 2048 MB, available 812 MB',
	'node is offline: no heartbeat for 300 s',
	'container exited with code 137 (OOMKilled)',
];

/** Formats ms as the node timestamp format of the API (YYYY-MM-DDThh:mm:ss, UTC). */
function nodeTimestamp(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19);
}

export function createEdgeNodes(random: Random, count: number, createdAt: number): EdgeNode[] {
	return Array.from({ length: count }, (_, index) => {
		const site = random.pick(sites);
		const isArm = random.chance(0.4);
		const created = nodeTimestamp(createdAt - random.int(1, 90) * 86_400_000);

		return {
			id: random.uuid(),
			name: `edge-${site}-${String(index + 1).padStart(2, '0')}`,
			instance_status: 'running',
			predict_url: `https://192.168.${random.int(0, 9)}.${random.int(2, 250)}:8443/`,
			node_label: site,
			description: siteLabels[site] ?? site,
			host_name: `${site}-host-${random.hex(4)}`,
			os_name: isArm ? 'EulerOS' : 'Ubuntu',
			os_type: 'Linux',
			os_version: isArm ? '2.8' : '20.04',
			arch: isArm ? 'aarch64' : 'x86_64',
			cpu: random.pick([4, 8, 16]),
			memory: random.pick([8192, 16384, 32768]),
			gpu_num: isArm ? 0 : random.int(0, 2),
			enable_gpu: !isArm,
			host_ips: [`10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(2, 254)}`],
			deployment_num: random.int(1, 4),
			state: 'RUNNING',
			created_at: created,
			updated_at: created,
		};
	});
}

/** Why a node failed; the same node always fails for the same reason, in events and details. */
export function nodeFailureMessage(node: { node_id?: string; id?: string }): string {
	const id = node.node_id ?? node.id ?? '';
	return failureMessages[deriveSeed(0, id) % failureMessages.length] ?? '';
}

/** One deploy result per node; the failed ones are those whose ids are in failedIds. */
export function nodeResults(nodes: EdgeNode[], failedIds: ReadonlySet<string>): NodeResult[] {
	return nodes.map((node) => ({
		node_id: node.id,
		node_name: node.name,
		operation: 'deploy',
		result: !failedIds.has(node.id ?? ''),
	}));
}

/** The edge fields of an update entry: counts and per-node results, and FAIL on any failure. */
export function edgeOutcome(
	results: NodeResult[],
): Pick<UpdateLogEntry, 'success_num' | 'failed_num' | 'result_detail'> {
	const failed = results.filter((each) => each.result === false).length;
	return { success_num: results.length - failed, failed_num: failed, result_detail: results };
}

/** The nodes as ShowService shows them after an update with these results. */
export function nodesAfter(nodes: EdgeNode[], entry: UpdateLogEntry, at: number): EdgeNode[] {
	const outcome = new Map((entry.result_detail ?? []).map((each) => [each.node_id, each.result]));

	return nodes.map((node) => {
		const result = outcome.get(node.id);
		if (result === undefined) return { ...node, instance_status: 'notReady', state: 'RUNNING' };
		if (result) return { ...node, instance_status: 'running', state: 'RUNNING' };
		return {
			...node,
			instance_status: 'failed',
			state: 'FAIL',
			message: nodeFailureMessage(node),
			updated_at: nodeTimestamp(at),
		};
	});
}
