import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import type { Nlp } from '../text-doc';
import { scoreHeadline } from './headline';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

describe('scoreHeadline', () => {
	const file = 'Home » world\n\nNavigating Unspoken Strategies: Could NATO Strike Russia First?\n\nby';
	const text = 'Navigating Unspoken Strategies: Could NATO Strike Russia First?';
	const start = file.indexOf(text);

	it('points contributions into the file when the headline sits in it', () => {
		const h = scoreHeadline(nlp, { text, start, inferred: false, source: 'first heading of the file' });
		expect(h).toMatchObject({ text, start, end: start + text.length, question: true, inferred: false, source: 'first heading of the file' });
		expect(h.contributions.map((c) => file.slice(c.start, c.end))).toEqual(['Strike']);
		expect(h.valence).toBeLessThan(0);
		expect(h.alarm).toBeGreaterThan(0.3);
	});

	it('points into the headline itself when it has no place in the file', () => {
		const h = scoreHeadline(nlp, { text, start: null, inferred: false, source: 'front matter' });
		expect(h.start).toBeNull();
		expect(h.end).toBeNull();
		expect(h.contributions.map((c) => text.slice(c.start, c.end))).toEqual(['Strike']);
	});

	it('passes an inferred headline through as inferred', () => {
		const first = 'NATO could be forced to fire the first shot against Russia, a top admiral has warned.';
		const h = scoreHeadline(nlp, { text: first, start: 0, inferred: true, source: 'first sentence of the body' });
		expect(h.inferred).toBe(true);
		expect(h.question).toBe(false);
		expect(h.contributions.map((c) => c.text)).toContain('fire the first shot');
	});

	it('keeps the contributions summing to the scores', () => {
		const h = scoreHeadline(nlp, { text: 'NATO Weighs More ‘Proactive’ Stance Toward Russia as Hybrid Threat Fears Grow', start: 0, inferred: false, source: 'x' });
		expect(h.contributions.reduce((s, c) => s + c.valence, 0)).toBeCloseTo(h.valence, 10);
		expect(h.contributions.reduce((s, c) => s + c.alarm, 0)).toBeCloseTo(h.alarm, 10);
		expect(h.contributions.map((c) => c.text)).toEqual(['Proactive', 'Hybrid Threat', 'Fears']);
	});
});
