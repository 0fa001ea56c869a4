import { describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { addDraft, buildContext, newDraft, type Draft } from './context';
import { compileCues } from './cue-lexicon';
import { spreadQuotations } from './spread-quotations';

const nlp = createNlp();
const lex = compileCues();

/** one draft whose words are the first quotation, then spread */
function spread(text: string) {
	const ctx = buildContext(readText(nlp, text), lex);
	const q = ctx.quotes[0];
	const sentence = ctx.tokens.find((t) => t.start >= q.start)!.sentence;
	const drafts: Draft[] = [];
	addDraft(drafts, newDraft(sentence, { first: 0, last: 1 }, { start: 3, end: 12 }, 'explain', { start: q.start, end: Math.min(q.end, ctx.doc.sentences[sentence].end) }, 'test', 0, true));
	spreadQuotations(ctx, drafts);
	return { ctx, drafts };
}

describe('spreadQuotations', () => {
	it('adds one statement per further sentence of the quotation, in the same group', () => {
		const { ctx, drafts } = spread('He explained, “We are studying everything. On cyber, we are kind of reactive.\nBeing proactive is something we think about.”\nThe end.');
		expect(drafts.map((d) => d.sentence)).toEqual([0, 1, 2]);
		expect(new Set(drafts.map((d) => d.group)).size).toBe(1);
		expect(drafts.slice(1).every((d) => d.continued)).toBe(true);
		expect(ctx.text.slice(drafts[2].content.start, drafts[2].content.end)).toBe('Being proactive is something we think about.”');
	});

	it('continues with a quotation opening the next sentence, not with one further away', () => {
		const near = spread('He said “we are ready.” “We will act.”');
		expect(near.drafts).toHaveLength(2);
		const far = spread('He said “we are ready.” Then came the vote. “We will act.”');
		expect(far.drafts).toHaveLength(1);
	});
});
