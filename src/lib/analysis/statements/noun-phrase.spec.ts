import { describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { mainSubject, phraseStartingAt, subjectBefore, type Range } from './noun-phrase';

const nlp = createNlp();

function at(text: string, word: string) {
	const doc = readText(nlp, text);
	const i = doc.tokens.findIndex((t) => t.value === word);
	if (i < 0) throw new Error(`no token ${word}`);
	const show = (r: Range | null) => (r ? text.slice(doc.tokens[r.first].start, doc.tokens[r.last - 1].end) : null);
	return { doc, i, show };
}

describe('subjectBefore', () => {
	it.each([
		['Moscow has denied conducting operations.', 'denied', 'Moscow'],
		['The Kremlin, meanwhile, has accused NATO of warmongering.', 'accused', 'The Kremlin'],
		['Denis Gonchar, Russia’s ambassador to Belgium, accused the alliance.', 'accused', 'Denis Gonchar, Russia’s ambassador to Belgium'],
		['Admiral Giuseppe Cavallaro, speaking in a recent interview with the Financial Times, suggested it.', 'suggested', 'Admiral Giuseppe Cavallaro'],
		['The EU governments for their part have flat out rejected these arguments.', 'rejected', 'The EU governments for their part'],
		['Germany, France and Lithuania have cautioned that the plan is unrealistic.', 'cautioned', 'Germany, France and Lithuania'],
		['incidents Moscow maintains were accidental', 'maintains', 'Moscow'],
		['Officials in Finland warn that such decisions may help.', 'warn', 'Officials in Finland'],
		['Rep. Gwen Moore (D-Wis.) said it.', 'said', 'Rep. Gwen Moore (D-Wis.)'],
		['Trump on Thursday said he was ready.', 'said', 'Trump'],
		['Those close to him say that he would.', 'say', 'Those close to him'],
		['Rucker Culpepper, who runs the effort for veterans, said he was ready.', 'said', 'Rucker Culpepper, who runs the effort for veterans'],
		['The Republican nominee declined to comment.', 'comment', 'The Republican nominee']
	])('%s -> %s', (text, cue, expected) => {
		const { doc, i, show } = at(text, cue);
		const s = subjectBefore(doc.tokens, i, 0);
		expect(s?.kind).toBe('phrase');
		expect(s && s.kind === 'phrase' ? show(s.range) : null).toBe(expected);
	});

	it.each([
		['The Kremlin has accused NATO and repeatedly insisted it has no intention.', 'insisted'],
		['Moscow has denied it, insisting that it is the target.', 'insisting'],
		['She noted that, while warning against hysterical reactions.', 'warning']
	])('a verb sharing the subject before it: %s', (text, cue) => {
		const { doc, i } = at(text, cue);
		expect(subjectBefore(doc.tokens, i, 0)?.kind).toBe('shared');
	});

	it('knows a passive verb has no speaker before it', () => {
		const { doc, i } = at('NATO has been accused of warmongering.', 'accused');
		expect(subjectBefore(doc.tokens, i, 0)?.passive).toBe(true);
	});

	it('does not step over the floor it is given', () => {
		const { doc, i } = at('Moscow and Kyiv said nothing.', 'said');
		const s = subjectBefore(doc.tokens, i, i - 1);
		expect(s?.kind === 'phrase' ? s.range.first : -1).toBe(i - 1);
	});
});

describe('phraseStartingAt and mainSubject', () => {
	it('takes an apposition after the name', () => {
		const { doc, show } = at('said Flynn, a top Trump surrogate, on Fox.', 'Flynn');
		expect(show(phraseStartingAt(doc.tokens, 1, doc.tokens.length))).toBe('Flynn, a top Trump surrogate');
	});
	it.each([
		['While still the strongest military contributor to NATO, the United States has begun reducing troops.', 'the United States'],
		['Speaking to the Financial Times, he noted that it was ready.', 'he'],
		['The alliance, currently comprised of 32 nations, was founded on collective defense.', 'The alliance'],
		['Alongside discussions on defence, NATO members are weighing cooperation.', 'NATO members']
	])('mainSubject: %s', (text, expected) => {
		const doc = readText(nlp, text);
		const s = doc.sentences[0];
		const r = mainSubject(doc.tokens, s.first, s.last);
		expect(r ? text.slice(doc.tokens[r.first].start, doc.tokens[r.last - 1].end) : null).toBe(expected);
	});
});
