import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import { scoreBody } from './body';
import { scoreTokens } from './index';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

describe('scoreBody', () => {
	it('is the mean of its sentences scored one by one', () => {
		const a = 'A bomb killed ten people.';
		const b = 'The talks went on.';
		const doc = readText(nlp, `${a}\n${b}`);
		const first = scoreTokens(readText(nlp, a).tokens);
		const body = scoreBody(doc);
		expect(body.valence).toBeCloseTo(first.valence / 2, 10);
		expect(body.alarm).toBeCloseTo(first.alarm / 2, 10);
	});

	it('does not saturate on a long alarming body', () => {
		const text = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 'Shelling killed civilians overnight.' : 'Officials met in the capital.')).join(' ');
		const body = scoreBody(readText(nlp, text));
		expect(body.valence).toBeLessThan(-0.1);
		expect(body.valence).toBeGreaterThan(-0.5);
		expect(body.alarm).toBeGreaterThan(0.1);
		expect(body.alarm).toBeLessThan(0.5);
	});

	it('is neutral for an empty body or one without words', () => {
		expect(scoreBody(readText(nlp, ''))).toEqual({ valence: 0, alarm: 0 });
		expect(scoreBody(readText(nlp, '... !!! ---'))).toEqual({ valence: 0, alarm: 0 });
	});

	it('scores only the analysed range of the file', () => {
		const text = 'War! War! War!\nPeace talks succeed.';
		const start = text.indexOf('Peace');
		const body = scoreBody(readText(nlp, text, start));
		expect(body.valence).toBeGreaterThan(0);
		expect(body.alarm).toBe(0);
	});
});
