import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/lib/analysis/nlp';
import { GNE, SEMEVAL_TRIAL, auc, evaluateGoodNewsEveryone, evaluateHeadlines, pearson, type GneBench, type HeadlineBench } from './headlines';

describe('bench statistics', () => {
	it('pearson', () => {
		expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
		expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
		expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
	});

	it('auc', () => {
		expect(auc([3, 4], [1, 2])).toBe(1);
		expect(auc([1, 2], [3, 4])).toBe(0);
		expect(auc([1, 1], [1, 1])).toBe(0.5);
		expect(auc([2, 4], [1, 3])).toBe(0.75);
	});
});

describe.skipIf(!existsSync(SEMEVAL_TRIAL))('headline tone on SemEval-2007 trial', () => {
	let r: HeadlineBench;
	beforeAll(() => {
		r = evaluateHeadlines(createNlp(), SEMEVAL_TRIAL);
	});

	it('reads all 250 headlines', () => {
		expect(r.n).toBe(250);
	});

	it('valence r >= 0.62 and beats wink-nlp sentiment by 0.03', () => {
		expect(r.valenceR).toBeGreaterThanOrEqual(0.62);
		expect(r.valenceR).toBeGreaterThanOrEqual(r.winkValenceR + 0.03);
	});

	it('alarm r with human fear >= 0.45', () => {
		expect(r.alarmFearR).toBeGreaterThanOrEqual(0.45);
	});
});

describe.skipIf(!existsSync(GNE))('headline tone on GoodNewsEveryone (independent check)', () => {
	let r: GneBench;
	beforeAll(() => {
		r = evaluateGoodNewsEveryone(createNlp(), GNE);
	});

	it('alarm ranks fear headlines above joy headlines', () => {
		expect(r.fear).toBeGreaterThan(100);
		expect(r.alarmFearVsJoyAuc).toBeGreaterThanOrEqual(0.75);
	});

	it('valence separates positive from negative emotions better than wink-nlp', () => {
		expect(r.valencePositiveVsNegativeAuc).toBeGreaterThan(r.winkPositiveVsNegativeAuc);
	});
});
