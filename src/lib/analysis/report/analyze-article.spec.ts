import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { createNlp } from '../nlp';
import type { ArticleReport } from '../types';
import { analyzeArticle, readArticle, reportArticle, type ArticleInput, type Engine } from './analyze-article';
import { framingIndex } from './lexicon-report';

const text =
	'NATO weighs a firmer response\n\n' +
	'The alliance said it would respond aggressively and must act now. ' +
	'Officials said the plan could change and may be reviewed, and urged restraint.\n' +
	'"We will retaliate," the admiral said. Diplomats reportedly called for caution.\n';
const bodyStart = text.indexOf('The alliance');
const input: ArticleInput = {
	path: 'test.md',
	text,
	body: { start: bodyStart, end: text.length },
	meta: { outlet: 'Test', headline: null, url: null, author: null, published: null, language: 'en', notes: null },
	headline: { text: 'NATO weighs a firmer response', start: 0, end: 29, source: 'first line' }
};

let engine: Engine;
let plain: ArticleReport;
beforeAll(() => {
	engine = createEngine(createNlp());
	const result = analyzeArticle(engine, input);
	if (!result.ok) throw new Error(result.reason);
	plain = result.report;
});

const analyse = (ignoredHits: ArticleInput['ignoredHits']) => {
	const result = analyzeArticle(engine, { ...input, ignoredHits });
	if (!result.ok) throw new Error(result.reason);
	return result.report;
};

describe('analyzeArticle with hits marked wrong', () => {
	it('finds hits of both poles in the test text', () => {
		expect(plain.lexicon.assertive.count).toBeGreaterThan(1);
		expect(plain.lexicon.cautious.count).toBeGreaterThan(1);
		expect(plain.lexicon.ignored).toEqual([]);
	});

	it.each(['assertive', 'cautious'] as const)('takes a %s hit out of every count, rate, index and sentence row', (pole) => {
		const target = plain.lexicon.hits.find((h) => h.category === pole)!;
		const report = analyse([{ start: target.start, end: target.end, text: target.text, note: 'not a stance here' }]);
		const other = pole === 'assertive' ? 'cautious' : 'assertive';
		expect(report.lexicon[pole].count).toBe(plain.lexicon[pole].count - 1);
		expect(report.lexicon[pole].per1000).toBeCloseTo(((plain.lexicon[pole].count - 1) * 1000) / plain.words);
		expect(report.lexicon[other].count).toBe(plain.lexicon[other].count);
		expect(report.lexicon.index).toBeCloseTo(framingIndex(report.lexicon.assertive.count, report.lexicon.cautious.count));
		expect(report.lexicon.index).not.toBe(plain.lexicon.index);
		expect(report.lexicon.hits).not.toContainEqual(target);
		expect(report.lexicon.ignored).toEqual([{ ...target, note: 'not a stance here' }]);
		expect(report.sentences[target.sentence][pole]).toBe(plain.sentences[target.sentence][pole] - 1);
		expect(report.lexicon[pole].bySubcategory[target.subcategory] ?? 0).toBe(plain.lexicon[pole].bySubcategory[target.subcategory] - 1);
		expect(report.warnings).toEqual(plain.warnings);
	});

	it('leaves a stale mark unapplied and says so', () => {
		const target = plain.lexicon.hits[0];
		const report = analyse([{ start: target.start, end: target.end, text: target.text.toUpperCase() + 'x' }]);
		expect(report.lexicon.hits).toEqual(plain.lexicon.hits);
		expect(report.warnings.at(-1)).toMatch(/no longer matches the text/);
	});
});

describe('readArticle + reportArticle', () => {
	it('give the same report as analyzeArticle', () => {
		const read = readArticle(engine.nlp, input);
		expect(read.ok).toBe(true);
		if (read.ok) expect(reportArticle(engine, input, read)).toEqual(plain);
	});

	it('can report again with other word lists without reading again', () => {
		const read = readArticle(engine.nlp, input);
		if (!read.ok) throw new Error('not read');
		const fewer = createEngine(engine.nlp, {
			lexicon: { version: 'x', poles: { assertive: { label: 'A', subcategories: { a: { label: 'a', terms: ['retaliate'] } } }, cautious: { label: 'C', subcategories: {} } } }
		});
		const report = reportArticle(fewer, input, read);
		expect(report.lexicon.hits.map((h) => h.text)).toEqual(['retaliate']);
		expect(report.statements).toEqual(plain.statements);
	});

	it('refuses what analyzeArticle refuses', () => {
		const read = readArticle(engine.nlp, { ...input, meta: { ...input.meta, language: 'de' } });
		expect(read).toMatchObject({ ok: false, reason: expect.stringMatching(/language "de"/) });
	});
});
