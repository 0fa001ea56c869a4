import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import type { Token, ToneScore } from '../types';
import { scoreTokens, toneLexiconVersion } from './index';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

const score = (text: string) => scoreTokens(readText(nlp, text).tokens);
const texts = (text: string, s: ToneScore) => s.contributions.map((c) => text.slice(c.start, c.end));
const sum = (s: ToneScore, key: 'valence' | 'alarm') => s.contributions.reduce((t, c) => t + c[key], 0);

describe('scoreTokens', () => {
	it.each([
		['Bombers kill shoppers', -1, 0.5],
		['Mortar assault leaves at least 18 dead', -1, 0.5],
		['Goal delight for Sheva', 1, 0],
		['Miners freed in daring rescue', 1, 0],
		['Earthquake hits coastal towns', -1, 0.5],
		['Local bakery opens on Main Street', 0, 0]
	])('%s: sign of valence %i, alarm at least %d', (text, sign, minAlarm) => {
		const s = score(text);
		expect(Math.sign(Math.round(s.valence * 10))).toBe(sign);
		expect(s.alarm).toBeGreaterThanOrEqual(minAlarm);
		if (minAlarm === 0 && sign >= 0) expect(s.alarm).toBeLessThan(0.3);
	});

	it('contributions add up to both scores and point at the words', () => {
		const text = 'Massive blast kills dozens but rescuers save a child';
		const s = score(text);
		expect(sum(s, 'valence')).toBeCloseTo(s.valence, 10);
		expect(sum(s, 'alarm')).toBeCloseTo(s.alarm, 10);
		expect(texts(text, s)).toEqual(['blast', 'kills', 'rescuers', 'save']);
		expect(s.contributions[1].note).not.toContain('intensified');
		for (const c of s.contributions) expect(c.note).toMatch(/valence|alarm/);
	});

	it('flips and damps a negated word, and says so', () => {
		const plain = score('Passengers killed');
		const negated = score('Passengers not killed');
		expect(plain.valence).toBeLessThan(-0.4);
		expect(negated.valence).toBeGreaterThan(0);
		expect(negated.alarm).toBeLessThan(plain.alarm);
		expect(negated.contributions[0].note).toContain('negated by “not”');
	});

	it('lets negation reach three words, not past a comma', () => {
		expect(score('no sign of war').contributions[0].note).toContain('negated');
		expect(score('no deal, war looms').contributions.find((c) => c.text === 'war')?.note).not.toContain('negated');
	});

	it('intensifies and damps', () => {
		expect(score('massive explosion').alarm).toBeGreaterThan(score('explosion').alarm);
		expect(score('minor explosion').alarm).toBeLessThan(score('explosion').alarm);
		expect(score('massive explosion').contributions[0].note).toContain('intensified by “massive”');
	});

	it('weighs the clause after "but" over the one before', () => {
		const s = score('Team wins but star dies');
		expect(s.valence).toBeLessThan(0);
		const [win, die] = s.contributions;
		expect(win.note).toContain('before “but” ×0.5');
		expect(die.note).toContain('after “but” ×1.5');
	});

	it('matches phrases, hyphenated compounds and Title Case inflections', () => {
		const text = 'Jets Shot Down As Car-Bomb Kills Dozens; Cease-fire Collapses';
		const s = score(text);
		expect(texts(text, s)).toEqual(['Shot Down', 'Car-Bomb', 'Kills', 'Cease-fire', 'Collapses']);
		expect(s.contributions[0].note).toContain('“shoot down”');
	});

	it('reads a capitalised word inside running text as a name, not a feeling', () => {
		const s = score('The striker Hope Solo signed with the club.');
		expect(s.contributions).toEqual([]);
		expect(score('Hope fades for the missing miners').contributions[0].text).toBe('Hope');
	});

	it('is neutral and empty for no words', () => {
		expect(score('')).toEqual({ valence: 0, alarm: 0, contributions: [] });
		expect(score('NATO 2025 ...')).toEqual({ valence: 0, alarm: 0, contributions: [] });
	});

	it('keeps scores in range and contributions honest for any word salad', () => {
		const words = ['kill', 'not', 'very', 'peace', 'but', 'war', 'no', 'slightly', 'rescue', 'fear', 'shoot', 'down', 'the', 'Crisis', 'wins', ',', 'cease-fire', 'yet', 'never'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (list) => {
				const s = score(list.join(' '));
				expect(Math.abs(s.valence)).toBeLessThanOrEqual(1);
				expect(s.alarm).toBeGreaterThanOrEqual(0);
				expect(s.alarm).toBeLessThanOrEqual(1);
				expect(sum(s, 'valence')).toBeCloseTo(s.valence, 9);
				expect(sum(s, 'alarm')).toBeCloseTo(s.alarm, 9);
			}),
			{ numRuns: 200 }
		);
	});

	it('finishes quickly on adversarial input', () => {
		// tokens built directly: the cost under test is the scorer's, not wink's reading
		const run = (values: string[], type: string) =>
			values.map((value, i): Token => ({ value, normal: value.toLowerCase(), lemma: value.toLowerCase(), pos: type === 'word' ? 'NOUN' : 'PUNCT', type, start: i, end: i + value.length, negated: false, sentence: 0 }));
		for (const tokens of [
			run(Array(100_000).fill("'"), 'punctuation'),
			run(Array(50_000).fill('"'), 'punctuation'),
			run(Array(50_000).fill('war'), 'word'),
			run(Array.from({ length: 50_000 }, (_, i) => ['not', 'very', 'but', 'fire', 'the', 'first'][i % 6]), 'word')
		]) {
			const t0 = performance.now();
			const s = scoreTokens(tokens);
			// linear: 50,000 scored words still explain in well under a second on a laptop
			expect(performance.now() - t0).toBeLessThan(3000);
			expect(Math.abs(s.valence)).toBeLessThanOrEqual(1);
		}
	});

	it('reports the word-list versions', () => {
		expect(toneLexiconVersion()).toMatch(/valence-base-.*news-valence-.*alarm-.*tone-modifiers-/);
	});
});
