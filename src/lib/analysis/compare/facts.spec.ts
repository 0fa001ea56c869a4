import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import type { ArticleReport } from '../types';
import { readFacts, type Facts } from './facts';
import { sentenceUnits } from './sentence-units';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

const noReport = { statements: [], lexicon: { hits: [] } } as unknown as ArticleReport;
const facts = (text: string): Facts => readFacts(sentenceUnits(0, readText(nlp, text), noReport));

describe('numbers', () => {
	it.each([
		['The alliance has 32 nations.', '32 nations', 32, null, 'nation'],
		['It defends over one billion citizens.', 'over one billion citizens', 1e9, 'over', 'citizen'],
		['It defends nearly a billion citizens.', 'nearly a billion citizens', 1e9, 'nearly', 'citizen'],
		['Around 30,000 troops took part.', 'Around 30,000 troops', 30000, 'around', 'troop'],
		['It sent 2.5 million doses.', '2.5 million doses', 2.5e6, null, 'dose']
	])('%s', (text, written, value, qualifier, counted) => {
		const [n] = facts(text).numbers;
		expect(n).toMatchObject({ text: written, value, qualifier, counted });
		expect(text.slice(n.start, n.end)).toBe(written);
	});

	it('gives a qualified number the range its wording allows', () => {
		const [over] = facts('It defends over one billion citizens.').numbers;
		const [nearly] = facts('It defends nearly a billion citizens.').numbers;
		expect(over.low).toBeGreaterThan(1e9);
		expect(nearly.high).toBeLessThan(1e9);
	});

	it.each([
		['an age', 'Health worries have dogged 68-year-old Hillary Clinton.'],
		['a clock time', 'The polls close at 7 p.m. tonight.'],
		['a year', 'In 2012 voters chose again.'],
		['a number that is part of a name', 'Article 5 applies to members.'],
		['a long identifier', 'See tweet 783499116076687360 posts.']
	])('leaves out %s', (_, text) => expect(facts(text).numbers).toEqual([]));
});

describe('names', () => {
	it.each([
		['Admiral Giuseppe Cavo Dragone said so.', 'admiral', 'Giuseppe Cavo Dragone'],
		['NATO’s Chair of Military Committee, Admiral Giuseppe Cavo Dragone, spoke.', 'admiral', 'Giuseppe Cavo Dragone'],
		['In an interview for Onet, Polish General Leon Komornicki said it.', 'general', 'Leon Komornicki'],
		['Deputy Prime Minister Matteo Salvini cautioned against it.', 'deputy prime minister', 'Matteo Salvini']
	])('%s', (text, title, name) => {
		const found = facts(text).names.find((n) => n.title);
		expect(found).toMatchObject({ title, name });
	});

	it('stops a name at punctuation', () => {
		const names = facts('Speaking to the Financial Times, Dragone said it.').names.map((n) => n.name);
		expect(names).toContain('Financial Times');
		expect(names.some((n) => n.includes('Dragone'))).toBe(false);
	});
});

describe('dates', () => {
	it.each([
		['The interview took place on October 18th.', 'october 18', 'the interview or remarks'],
		['Speaking to the outlet on Sunday, he said it.', 'sunday', 'the interview or remarks'],
		['The summit met on 3 March 2024 in Vilnius.', 'march 3', 'the meeting or talks']
	])('%s', (text, value, event) => {
		const [d] = facts(`Intro sentence here. ${text}`).dates;
		expect(d.value).toBe(value);
		expect(d.events).toContain(event);
	});

	it('reads the day of a date as a date, not as a count', () => {
		expect(facts('Intro. The interview took place on October 18 2025 in Rome.').numbers).toEqual([]);
	});

	it('leaves out a dateline at the top of the article: it is the publication date', () => {
		expect(facts('December 2, 2025 – NATO officials said it.').dates).toEqual([]);
	});
});
