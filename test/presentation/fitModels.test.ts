import { describe, expect, it } from 'vitest';
import { fitModelsText, fitSpecText, type ModelPart } from '../../source/presentation/fitModels.js';
import { modelParts, modelsText } from '../../source/presentation/modelSummary.js';
import { displayWidth } from '../../source/terminal/displayWidth.js';
import { glyphs } from '../../source/terminal/glyphs.js';

const long: ModelPart = { name: '推荐排序-长历史-model', version: '@3.12.0', weight: ' 80%' };
const other: ModelPart = { name: 'fallback-ranker', version: '@1.0.4', weight: ' 20%' };
const emoji: ModelPart = { name: '🚀模型🧪-canary-ranker', version: '@2.0.0', weight: ' 100%' };

describe('fitModelsText', () => {
	it('keeps the whole text when it fits', () => {
		expect(fitModelsText([other], 40)).toBe('fallback-ranker@1.0.4 20%');
	});

	it('shortens the name and keeps version and weight', () => {
		const text = fitModelsText([long], 20);
		expect(text).toContain('@3.12.0 80%');
		expect(text).toContain(glyphs.ellipsis);
		expect(text.startsWith('推荐')).toBe(true);
		expect(displayWidth(text)).toBeLessThanOrEqual(20);
	});

	it('shares the width between two models, both versions visible', () => {
		const text = fitModelsText([long, other], 40);
		expect(text).toContain('@3.12.0 80%');
		expect(text).toContain('@1.0.4 20%');
		expect(displayWidth(text)).toBeLessThanOrEqual(40);
	});

	it('lets a short name stay whole and gives the rest to the long one', () => {
		const short: ModelPart = { name: 'ab', version: '@1', weight: ' 5%' };
		const text = fitModelsText([short, long], 30);
		expect(text.startsWith('ab@1 5%, ')).toBe(true);
		expect(text).toContain('@3.12.0 80%');
	});

	it('drops the weights before the versions', () => {
		const text = fitModelsText([long, other], 24);
		expect(text).toContain('@3.12.0');
		expect(text).toContain('@1.0.4');
		expect(text).not.toContain('%');
		expect(displayWidth(text)).toBeLessThanOrEqual(24);
	});

	it('falls back to plain truncation when not even …@version fits', () => {
		const text = fitModelsText([long], 6);
		expect(text.endsWith(glyphs.ellipsis)).toBe(true);
		expect(displayWidth(text)).toBeLessThanOrEqual(6);
	});

	it('never exceeds the width, CJK and emoji included', () => {
		const sets: ModelPart[][] = [[long], [emoji], [long, emoji], [emoji, other, long], []];
		for (const models of sets) {
			for (let width = 0; width <= 70; width++) {
				const text = fitModelsText(models, width);
				expect(displayWidth(text), `${width}: ${text}`).toBeLessThanOrEqual(width);
			}
		}
	});

	it('fits the parts modelSummary gives, and those join back to modelsText', () => {
		const configs = [
			{ model_name: '推荐排序-长历史-model', model_version: '3.12.0', weight: 80 },
			{ model_id: 'm-1', weight: 20 },
		];
		expect(
			modelParts(configs)
				.map((p) => p.name + p.version + p.weight)
				.join(', '),
		).toBe(modelsText(configs));
		expect(fitModelsText(modelParts(configs), 26)).toContain('@3.12.0 80%, m-1 20%');
	});
});

describe('fitSpecText', () => {
	it('keeps the prefix when the text fits', () => {
		expect(fitSpecText('modelarts.vm.cpu.2u', 19)).toBe('modelarts.vm.cpu.2u');
	});

	it('drops the common prefix only when it does not fit', () => {
		expect(fitSpecText('modelarts.vm.cpu.2u', 12)).toBe('vm.cpu.2u');
		expect(fitSpecText('modelarts.vm.cpu.2u, modelarts.vm.gpu.p4', 20)).toBe(
			'vm.cpu.2u, vm.gpu.p4',
		);
		expect(displayWidth(fitSpecText('modelarts.vm.ai1.a310', 5))).toBeLessThanOrEqual(5);
	});
});

describe('fitModelsText with one model at 100%', () => {
	it('drops the weight before it shortens the name', () => {
		const part = { name: 'model-demo', version: '@0.0.1', weight: ' 100%' };
		expect(fitModelsText([part], 16)).toBe('model-demo@0.0.1');
		expect(fitModelsText([part], 21)).toBe('model-demo@0.0.1 100%');
	});
});
