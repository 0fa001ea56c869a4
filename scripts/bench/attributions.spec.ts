import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/lib/analysis/nlp';
import { evaluateAttributions } from './attributions';

const DATA = '../shared/data/polnear';

describe.skipIf(!existsSync(`${DATA}/dev-attributions.jsonl`))('statements against PolNeAR dev attributions', () => {
	// one run for all assertions: reading 84 articles takes a few seconds
	const report = existsSync(`${DATA}/dev-attributions.jsonl`) ? evaluateAttributions(createNlp(), DATA, { timingRuns: 2 }) : null;

	it('reads every article and annotation set', () => {
		expect(report!.articles).toBe(84);
		expect(report!.annotationSets).toBe(94);
		expect(report!.counts.gold).toBe(2320);
	});

	it('beats the published peers: F1 >= 0.80 and speaker accuracy >= 0.85', () => {
		expect(report!.f1).toBeGreaterThanOrEqual(0.8);
		expect(report!.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
	});

	it('keeps precision and recall each above a floor', () => {
		expect(report!.precision).toBeGreaterThanOrEqual(0.9);
		expect(report!.recall).toBeGreaterThanOrEqual(0.65);
	});
});
