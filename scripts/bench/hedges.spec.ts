import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/lib/analysis/nlp';
import type { Nlp } from '../../src/lib/analysis/text-doc';
import { evaluateHedges, HEDGES_TSV, readLabelledSentences, scores } from './hedges';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

describe('scores', () => {
	it('computes precision, recall, F1 and accuracy of the positive class', () => {
		expect(scores(6, 2, 4, 8)).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35, accuracy: 0.7 });
		expect(scores(0, 0, 5, 5)).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0.5 });
	});
});

describe('evaluateHedges on a small file', () => {
	it('counts hedges, not restraint, and never a negated hedge', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hedges-'));
		const path = join(dir, 'sample.tsv');
		const rows = [
			['uncertain', 'The alliance may respond.'],
			['uncertain', 'It is reportedly under review.'],
			['certain', 'The minister urged restraint and diplomacy.'],
			['certain', 'The talks resumed on Monday.'],
			['uncertain', 'The report was published in May.'],
			['certain', 'Perhaps the vote was held.']
		];
		writeFileSync(path, 'label\tsentence\n' + rows.map((r) => r.join('\t')).join('\n') + '\n');
		expect(readLabelledSentences(path)).toHaveLength(6);
		const result = evaluateHedges(nlp, path);
		expect(result.confusion).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
		expect(result.baseline).toEqual(scores(3, 3, 0, 0));
		expect(result.terms.map((t) => t.term)).toEqual(['may [modal]', 'reportedly', 'under review', 'perhaps']);
	});
});

describe.skipIf(!existsSync(HEDGES_TSV))('evaluateHedges on the CoNLL-2010 Wikipedia sample', () => {
	it('detects uncertain sentences clearly better than calling everything uncertain', () => {
		const result = evaluateHedges(nlp, HEDGES_TSV);
		expect(result.sentences).toBe(3000);
		expect(result.baseline.f1).toBeCloseTo(0.667, 3);
		// measured 0.739 F1, 0.732 accuracy, 0.722 precision, 0.757 recall (lexicon 1.0)
		expect(result.f1).toBeGreaterThanOrEqual(0.72);
		expect(result.accuracy).toBeGreaterThanOrEqual(0.7);
		expect(result.precision).toBeGreaterThanOrEqual(0.7);
		expect(result.f1 - result.baseline.f1).toBeGreaterThan(0.05);
	});

	it('is worse when restraint counts too, which is why it does not', () => {
		const hedges = evaluateHedges(nlp, HEDGES_TSV);
		const both = evaluateHedges(nlp, HEDGES_TSV, { counted: ['hedges', 'restraint'] });
		expect(both.precision).toBeLessThan(hedges.precision);
	});
});
