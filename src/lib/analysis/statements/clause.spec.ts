import { describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { clauseFollows, contentStart, gerundIsSubject, negated, postposedContent, respondsToWords } from './clause';
import { buildContext } from './context';
import { compileCues } from './cue-lexicon';

const nlp = createNlp();
const lex = compileCues();

/** the context and the index of the first token with this value */
function at(text: string, word: string) {
	const ctx = buildContext(readText(nlp, text), lex);
	const i = ctx.tokens.findIndex((t) => t.value === word);
	return { ctx, i, last: ctx.tokens.length, show: (a: number, b: number) => ctx.text.slice(ctx.tokens[a].start, ctx.tokens[b - 1].end) };
}

describe('clauseFollows', () => {
	it.each([
		['Trump believes that the deal is dead.', 'believes', 'believe', true],
		['Trump believes Clinton is wrong.', 'believes', 'believe', true],
		['incidents Moscow maintains were accidental', 'maintains', 'maintain', true],
		['Dragone views the idea of a “preventive strike” as defensive.', 'views', 'view', true],
		['Republicans hope to override the veto.', 'hope', 'hope', true],
		['They maintain close relationships.', 'maintain', 'maintain', false],
		['NATO should consider adopting a posture as the bloc grapples.', 'consider', 'consider', false],
		['The top 1 percent would see an average tax cut.', 'see', 'see', false]
	])('%s', (text, word, lemma, expected) => {
		const { ctx, i, last } = at(text, word);
		expect(clauseFollows(ctx, i + 1, last, lemma)).toBe(expected);
	});
});

describe('contentStart', () => {
	it('skips the listener after "told"', () => {
		const { ctx, i, last, show } = at('Caddell told Breitbart News Daily host Alex Marlow on Thursday how surprised he is.', 'told');
		expect(show(contentStart(ctx, i + 1, last, 'tell'), last)).toBe('how surprised he is.');
	});
});

describe('postposedContent', () => {
	it('takes the words before "“…,” Flynn said."', () => {
		const { ctx, i, last, show } = at('“He’s absolutely right,” Flynn said on Fox.', 'said');
		const r = postposedContent(ctx, i - 1, i + 1, 0, last)!;
		expect(show(r.first, r.last)).toBe('“He’s absolutely right,”');
	});
	it('takes the whole sentence around a parenthesis', () => {
		const { ctx, i, last, show } = at("NATO's deliberations, Dragone noted, remain constrained by law.", 'noted');
		const r = postposedContent(ctx, i - 1, i + 1, 0, last)!;
		expect(show(r.first, r.last)).toBe("NATO's deliberations, Dragone noted, remain constrained by law");
	});
	it('is not fooled by a clause after the verb', () => {
		const { ctx, i, last } = at('Speaking to reporters, he said that it was ready.', 'said');
		expect(postposedContent(ctx, i - 1, i + 1, 0, last)).toBeNull();
	});
});

describe('verb context', () => {
	it.each([
		['The Kremlin did not respond.', 'respond', true],
		['He never said so.', 'said', true],
		['He has not yet said so.', 'said', true],
		['He said nothing.', 'said', false]
	])('negated: %s', (text, word, expected) => {
		const { ctx, i } = at(text, word);
		expect(negated(ctx, i, 0)).toBe(expected);
	});

	it('knows a gerund that is the subject of its clause', () => {
		const a = at('but responding to physical sabotage would be more complex', 'responding');
		expect(gerundIsSubject(a.ctx, a.i + 1, a.last)).toBe(true);
		const b = at('accusing Russia of probing their defences', 'accusing');
		expect(gerundIsSubject(b.ctx, b.i + 1, b.last)).toBe(false);
	});

	it.each([
		['Moscow responded angrily to the idea of a forward NATO.', true],
		['NATO responds to attacks after they occur.', false],
		['The campaign responded in a statement.', true]
	])('responds to words: %s', (text, expected) => {
		const { ctx, i, last } = at(text, text.split(' ')[1]);
		expect(respondsToWords(ctx, i + 1, last)).toBe(expected);
	});
});
