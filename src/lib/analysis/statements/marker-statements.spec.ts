import { describe, expect, it } from 'vitest';
import actorsData from '../data/actors.default.json';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { compileActors } from './actors';
import { buildContext, type Draft } from './context';
import { compileCues } from './cue-lexicon';
import { colonQuoteStatements, dashStatements, labelStatement, nounCueStatement } from './marker-statements';

const nlp = createNlp();
const lex = compileCues();
const actors = compileActors(actorsData);
const context = (text: string) => buildContext(readText(nlp, text), lex);
const speakerOf = (ctx: ReturnType<typeof context>, d: Pick<Draft, 'speaker'> | null) =>
	d?.speaker ? ctx.text.slice(ctx.tokens[d.speaker.first].start, ctx.tokens[d.speaker.last - 1].end) : null;

describe('labelStatement', () => {
	it.each([
		['Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health', 'Pat Caddell'],
		['"PENCE: Well, look, Hillary Clinton apparently thinks this is a show.', 'PENCE'],
		['Proactive NATO: a real shift or rhetoric?', null],
		['Author: Karolina Kisiel wrote this piece for us today', null],
		['Update: the talks have been moved to Friday', null]
	])('%s -> %s', (text, speaker) => {
		const ctx = context(text);
		expect(speakerOf(ctx, labelStatement(ctx, 0, actors))).toBe(speaker);
	});
});

describe('nounCueStatement', () => {
	it('takes the possessor of "claim that" as the speaker', () => {
		const ctx = context('Politifact checked Donald Trump’s claim that there were thousands of shootings.');
		const i = ctx.tokens.findIndex((t) => t.value === 'claim');
		const d = nounCueStatement(ctx, 0, i, 0);
		expect(speakerOf(ctx, d)).toBe('Donald Trump');
		expect(nounCueStatement(context('The claim was false.'), 0, 1, 0)).toBeNull();
	});
});

describe('quotation markers', () => {
	it('a dash after a quotation names its speaker', () => {
		const ctx = context('“Maybe we can build a wall around Donald Trump.” ― Steve Quinlan\n“Next one.”');
		const drafts: Draft[] = [];
		dashStatements(ctx, drafts);
		expect(drafts.map((d) => speakerOf(ctx, d))).toEqual(['Steve Quinlan']);
	});

	it('a colon after a name introduces a quotation', () => {
		const ctx = context('Trump tweeted it late at night. Trump: “Crooked Hillary should not be allowed to run!”');
		const drafts: Draft[] = [];
		colonQuoteStatements(ctx, drafts);
		expect(drafts.map((d) => speakerOf(ctx, d))).toEqual(['Trump']);
	});
});
