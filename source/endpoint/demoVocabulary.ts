// Words the generator draws from: service and model names in English and Chinese, flavors,
// and environment variables (some with secret-looking names, which malog must mask).

export const englishNames = [
	'ocr-invoice',
	'speech-asr',
	'text-moderation',
	'churn-predict',
	'image-tagging',
	'fraud-detect',
	'chatbot-intent',
	'price-forecast',
	'pose-estimation',
	'doc-layout',
	'sentiment-zh',
	'anomaly-watch',
];

export const chineseNames = [
	'发票识别服务',
	'语音转写',
	'文本内容审核',
	'客户流失预测',
	'商品图片打标',
	'反欺诈检测',
	'智能客服意图识别',
	'销量预测',
	'车牌识别',
	'安全帽检测',
	'医疗影像分割',
	'推荐排序',
];

export const descriptions = [
	'生产环境在线推理服务',
	'灰度验证中，请勿手动修改',
	'Nightly batch scoring of the order table',
	'Owned by the vision team; page #ml-oncall when it fails',
	'',
	'边缘站点部署，离线也需可用',
];

export const nameSuffixes = ['', '-prod', '-staging', '-v2', '-gray', '-cn'];

export const specifications = [
	'modelarts.vm.cpu.2u',
	'modelarts.vm.cpu.8u',
	'modelarts.vm.gpu.p4',
	'modelarts.vm.gpu.t4',
	'modelarts.vm.ai1.a310',
];

export const plainEnvs: [string, string[]][] = [
	['LOG_LEVEL', ['info', 'debug', 'warn']],
	['MODEL_DIR', ['/home/mind/model', '/opt/models/current']],
	['BATCH_SIZE', ['8', '16', '32']],
	['TZ', ['Asia/Shanghai']],
];

export const secretEnvs: [string, string[]][] = [
	['DB_PASSWORD', ['Pr0d-db-pass!', 'hunter2-demo']],
	['API_TOKEN', ['tok_live_7f3a9c0d2e', 'tok_demo_00aa11bb']],
	['ACCESS_KEY', ['AKDEMOEXAMPLE000001', 'AKDEMOEXAMPLE000002']],
	['REDIS_SECRET', ['r3d1s-s3cr3t']],
];
