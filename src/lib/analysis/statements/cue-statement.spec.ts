import { describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { buildContext } from './context';
import { compileCues, matchCue } from './cue-lexicon';
import { plausibleSource, statementAtCue } from './cue-statement';

const nlp = createNlp();
const lex = compileCues();

/** the draft the first cue of a one-sentence text makes, as text */
function draftOf(text: string) {
	const ctx = buildContext(readText(nlp, text), lex);
	const sen = ctx.doc.sentences[0];
	for (let i = sen.first; i < sen.last; i++) {
		const m = matchCue(ctx.tokens, i, sen.first, sen.last, lex);
		if (!m) continue;
		const d = statementAtCue(ctx, 0, m, sen.first, sen.first, []);
		if (!d) continue;
		const show = (a: number, b: number) => ctx.text.slice(a, b);
		return { speaker: d.speaker ? show(ctx.tokens[d.speaker.first].start, ctx.tokens[d.speaker.last - 1].end) : null, content: show(d.content.start, d.content.end), how: d.how };
	}
	return null;
}

describe('statementAtCue', () => {
	it.each([
		['Moscow responded angrily to the idea.', 'Moscow', 'angrily to the idea', "speaker + cue 'responded'"],
		['“We are ready,” said Caddell.', 'Caddell', '“We are ready,”', "cue 'said' + speaker after it"],
		['This was stated by the Chair of the Military Committee.', 'the Chair of the Military Committee', 'This', "passive: 'stated by' + source"],
		['The top 1 percent would see a cut, according to the Tax Foundation.', 'the Tax Foundation', 'The top 1 percent would see a cut', "'according to' + source"]
	])('%s', (text, speaker, content, how) => {
		expect(draftOf(text)).toEqual({ speaker, content, how });
	});

	it.each([
		['NATO has been accused of warmongering.'],
		['The conflict has also highlighted the dangers.'],
		['I guess it is not important enough.'],
		['If Russia believes the response is disproportionate, it may act.'],
		['The program, called EB-5, allows investors to gain citizenship.']
	])('no statement: %s', (text) => {
		expect(draftOf(text)).toBeNull();
	});
});

describe('plausibleSource', () => {
	it.each([
		['the diplomat', '', true],
		['Moscow', '', true],
		['the need', '', false],
		['the weather', 'say', true],
		['the weather', 'suggest', false]
	])('%s with %s', (text, lemma, expected) => {
		const ctx = buildContext(readText(nlp, text), lex);
		expect(plausibleSource(ctx, { first: 0, last: ctx.tokens.length }, lemma)).toBe(expected);
	});
});
