import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import type { LexiconData, TextDoc, Token } from '../types';
import { compileLexicon, type CompiledLexicon } from './compile';
import { defaultLexicon } from './index';
import { matchLexicon } from './match';

let nlp: Nlp;
let lexicon: CompiledLexicon;
beforeAll(() => {
	nlp = createNlp();
	lexicon = compileLexicon(nlp, defaultLexicon);
});

const run = (text: string, lex: CompiledLexicon = lexicon) => matchLexicon(readText(nlp, text), lex);
/** "term@subcategory" for every counted hit, in text order */
const found = (text: string, lex?: CompiledLexicon) => run(text, lex).hits.map((h) => `${h.text}@${h.subcategory}`);

describe('matchLexicon on the default lexicon', () => {
	it.each([
		// lemmas: any inflection of the entry
		['Moscow retaliated within hours.', ['retaliated@force']],
		['The ministry cautioned against haste.', ['cautioned@restraint']],
		['NATO is weighing its options.', ['weighing@hedges']],
		// participles wink reads as adjectives still meet their verb
		['accused the alliance of “intimidating its population”', ['intimidating@force']],
		// multi-word phrases win over their parts and count once
		['It could be forced to fire the first shot.', ['could@hedges', 'fire the first shot@force']],
		['Allies pushed for a firmer response.', ['firmer response@force']],
		['The case is under review.', ['under review@hedges']],
		['We must avoid further escalation.', ['must@boosters', 'avoid further escalation@restraint']],
		// hyphen variants of one entry
		['a pre-emptive strike', ['pre-emptive strike@force']],
		['a preemptive strike', ['preemptive strike@force']],
		['a pre emptive strike', ['pre emptive strike@force']],
		['calls for de-escalation', ['de-escalation@restraint']],
		['cyber counter-attacks', ['counter-attacks@force']],
		['a first-strike doctrine', ['first-strike@force']],
		// title case in headlines, where wink gives no lemma
		['NATO Considers Preemptive Strikes Against Russia', ['Considers@hedges', 'Preemptive Strikes@force']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it.each([
		['May the month is not a hedge', 'The summit met in May 2025 and again last May, before May 12.', []],
		['may the modal is', 'NATO may move toward more proactive measures.', ['may@hedges', 'proactive@force']],
		['a modal with adverbs before its verb', 'They might well retaliate.', ['might@hedges', 'retaliate@force']],
		['"political will" is a noun', 'There is no political will to act.', []],
		['"will" the modal is a booster', 'NATO will respond.', ['will@boosters']],
		["the contraction 'll is the modal", "They'll respond.", ["'ll@boosters"]],
		['"military might" is a noun', "The Alliance's military might was clear.", []],
		['a question puts the subject after the modal', 'Could NATO strike Russia first?', ['Could@hedges', 'strike Russia first@force']],
		['also after a colon in a headline', 'Unspoken Strategies: Could NATO Strike Russia First?', ['Could@hedges', 'Strike Russia First@force']],
		['strike the verb is force', 'NATO might proactively strike Russia.', ['might@hedges', 'proactively@force', 'strike@force']],
		['strike the noun alone is not', 'Drone strikes hit the port; dockers went on strike.', []],
		['idioms with strike are exceptions', 'They struck a deal and struck a careful balance.', []],
		['a hunger strike is an exception', 'He began a hunger strike.', []],
		['"pressing" the verb is not urgency', 'pressing both Kyiv and Moscow', []],
		['"pressing" as an adjective is', 'a pressing need; the most pressing concerns', ['pressing need@urgency', 'most pressing@urgency']],
		['a think tank is not a hedge', 'a think tank report', []]
	])('senses: %s', (_, text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it.each([
		['not aggressive', 'The move was not aggressive.', 'aggressive', 'not'],
		['a contraction', "The move isn't aggressive.", 'aggressive', 'not'],
		['no longer', 'The stance is no longer offensive.', 'offensive', 'no longer'],
		['never', 'NATO has never retaliated.', 'retaliated', 'never'],
		['without', 'It happened without escalation.', 'escalation', 'without'],
		['not cautious is not cautious', 'The minister was not cautious.', 'cautious', 'not'],
		['up to two words between', 'It is not a very aggressive move.', 'aggressive', 'not'],
		['"not at all"', 'It was not at all aggressive.', 'aggressive', 'not'],
		['across quotation marks', 'This is not a “first strike” in that sense.', 'first strike', 'not'],
		['a negator wink does not know', 'a lack of restraint', 'restraint', 'lack of'],
		['not yet, which wink leaves unmarked', 'The posture is not yet aggressive.', 'aggressive', 'not yet']
	])('negation: %s', (_, text, term, negator) => {
		const { hits, negated } = run(text);
		expect(hits.filter((h) => h.text === term)).toEqual([]);
		expect(negated.map((h) => [h.text, h.negator])).toEqual([[term, negator]]);
	});

	it.each([
		['"not only" keeps the match (wink agrees)', 'It is not only aggressive but reckless.', ['aggressive@force']],
		['"not just" too', 'It is not just cautious.', ['cautious@restraint']],
		['avoid escalation is restraint, not negated force', 'Both sides must avoid escalation.', ['must@boosters', 'avoid escalation@restraint']],
		['a negator inside another match negates nothing', 'NATO has no choice but to retaliate.', ['no choice@boosters', 'retaliate@force']],
		['too far from the negator', 'No one said that a pre-emptive strike was planned.', ['pre-emptive strike@force']],
		['more than two words between is too far', 'He did not say that NATO was aggressive.', ['aggressive@force']],
		['wink ends the scope before the match', 'It was not seen as aggressive.', ['aggressive@force']],
		['the clause ends at a comma', 'Not now, retaliation will come.', ['retaliation@force', 'will@boosters']],
		['"not clear" is a hedge of its own', 'It is not clear who fired.', ['not clear@hedges']]
	])('negation limits: %s', (_, text, expected) => {
		expect(found(text)).toEqual(expected);
		expect(run(text).negated).toEqual([]);
	});

	it('points every hit into the whole file text, with its sentence', () => {
		const text = 'Headline: NATO Weighs Options\n\nNATO may strike first. Diplomats urged restraint.\n';
		const start = text.indexOf('NATO may');
		const doc = readText(nlp, text, start);
		const { hits } = matchLexicon(doc, lexicon);
		expect(hits.map((h) => [h.term, h.category, h.subcategory, h.text, h.sentence])).toEqual([
			['may [modal]', 'cautious', 'hedges', 'may', 0],
			['strike first', 'assertive', 'force', 'strike first', 0],
			['restraint', 'cautious', 'restraint', 'restraint', 1]
		]);
		for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
	});

	it('reports the negator and the cancelled match as evidence', () => {
		const text = 'Officials said the response would not be aggressive.';
		const { negated } = run(text);
		expect(negated).toEqual([
			{
				term: 'aggressive',
				category: 'assertive',
				subcategory: 'force',
				text: 'aggressive',
				start: text.indexOf('aggressive'),
				end: text.indexOf('aggressive') + 'aggressive'.length,
				sentence: 0,
				negator: 'not'
			}
		]);
	});
});

describe('matchLexicon on a custom lexicon', () => {
	const data = (terms: string[], negators: string[] = ['not']): LexiconData => ({
		version: 't',
		poles: {
			assertive: { label: 'A', subcategories: { force: { label: 'Force', terms } } },
			cautious: { label: 'C', subcategories: {} }
		},
		negators
	});

	it('prefers the longest entry at a word and never counts a word twice', () => {
		const lex = compileLexicon(nlp, data(['strike', 'first strike', 'strike back', 'first']));
		expect(found('a first strike back', lex)).toEqual(['first strike@force']);
	});

	it('lets * stand for exactly one word', () => {
		const lex = compileLexicon(nlp, data(['avoid * escalation']));
		expect(found('avoid escalation; avoid further escalation; avoid any further escalation', lex)).toEqual(['avoid further escalation@force']);
	});

	it('keeps phrases inside one sentence and away from punctuation', () => {
		const lex = compileLexicon(nlp, data(['first strike']));
		expect(found('It came first. Strike teams moved. First, strike.', lex)).toEqual([]);
	});

	it('gives the first listed entry a phrase listed in two places', () => {
		const lex = compileLexicon(nlp, {
			version: 't',
			poles: {
				assertive: { label: 'A', subcategories: { force: { label: 'Force', terms: ['firm'] } } },
				cautious: { label: 'C', subcategories: { restraint: { label: 'R', terms: ['firm'] } } }
			}
		});
		expect(found('a firm reply', lex)).toEqual(['firm@force']);
		expect(lex.problems).toHaveLength(1);
	});

	it('finds nothing with an empty lexicon', () => {
		const lex = compileLexicon(nlp, data([], []));
		expect(run('NATO may retaliate aggressively.', lex)).toEqual({ hits: [], negated: [] });
	});
});

describe('matchLexicon properties', () => {
	const words = ['NATO', 'may', 'not', 'strike', 'first', 'pre-emptive', 'aggressive', 'no', 'longer', 'cautious', 'restraint', ',', '.', '“', '”', 'will', 'the', 'May', 'de-escalation', 'under', 'review', '\n'];

	it('returns non-overlapping hits in text order whose text is the slice of the file', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
				const text = parts.join(' ');
				const { hits, negated } = run(text);
				const all = [...hits, ...negated].sort((a, b) => a.start - b.start);
				for (let i = 0; i < all.length; i++) {
					expect(text.slice(all[i].start, all[i].end)).toBe(all[i].text);
					if (i > 0) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
				}
				for (let i = 1; i < hits.length; i++) expect(hits[i].start).toBeGreaterThan(hits[i - 1].start);
			}),
			{ numRuns: 150 }
		);
	});

	// wink itself is slow on some of these inputs, so the documents are built by hand
	const synthetic = (values: string[], type: (v: string) => string): TextDoc => {
		let at = 0;
		const tokens: Token[] = values.map((value) => {
			const t: Token = { value, normal: value.toLowerCase(), lemma: value.toLowerCase(), pos: 'X', type: type(value), start: at, end: at + value.length, negated: true, sentence: 0 };
			at += value.length + 1;
			return t;
		});
		const text = values.join(' ');
		return { text, start: 0, end: text.length, tokens, sentences: [{ start: 0, end: text.length, first: 0, last: tokens.length, paragraph: 0 }], words: tokens.length };
	};

	it.each([
		['100,000 apostrophes', Array.from({ length: 100_000 }, () => "'"), () => 'punctuation'],
		['a negator, 100,000 quotation marks, then a term', ['not', ...Array.from({ length: 100_000 }, () => '“'), 'aggressive'], (v: string) => (v === '“' ? 'punctuation' : 'word')],
		['100,000 words of terms in one sentence', Array.from({ length: 100_000 }, (_, i) => ['not', 'aggressive', 'pre', '-', 'emptive', 'strike'][i % 6]), (v: string) => (v === '-' ? 'punctuation' : 'word')],
		['a glued hyphen chain', Array.from({ length: 100_001 }, (_, i) => (i % 2 ? '-' : 'de')), (v: string) => (v === '-' ? 'punctuation' : 'word')]
	])('stays fast on %s', (_, values, type) => {
		const doc = synthetic(values, type);
		// glue the hyphen chain: no spaces around hyphens
		if (values[1] === '-') {
			let at = 0;
			for (const t of doc.tokens) {
				t.start = at;
				t.end = at + t.value.length;
				at = t.end;
			}
			doc.text = values.join('');
		}
		const t0 = performance.now();
		matchLexicon(doc, lexicon);
		expect(performance.now() - t0).toBeLessThan(5000);
	});
});
