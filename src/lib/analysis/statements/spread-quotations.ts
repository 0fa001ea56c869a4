import type { Quote } from './quotes';
import { isQuoteMark, newDraft, tokenAt, unclaimed, claim, firstQuoteEndingAfter, type Draft, type Ctx } from './context';

/**
 * Quotations over several sentences: a statement counts in every sentence its quotation covers,
 * and a quotation that opens the sentence right after a quoted statement continues it.
 */

/** the sentences [from, to] a character range touches */
function sentencesOf(ctx: Ctx, start: number, end: number): [number, number] {
	const t = ctx.tokens;
	const a = tokenAt(t, start);
	const b = tokenAt(t, Math.max(start, end - 1));
	if (a >= t.length) return [-1, -1];
	return [t[a].sentence, t[Math.min(b, t.length - 1)].sentence];
}

function continuation(ctx: Ctx, drafts: Draft[], origin: Draft, s: number, start: number, end: number, how: string): void {
	const sen = ctx.doc.sentences[s];
	const from = Math.max(sen.start, start);
	const to = Math.min(sen.end, end);
	if (to <= from) return;
	const key = `${origin.group}:${s}`;
	if (ctx.covered.has(key)) return;
	ctx.covered.add(key);
	const d = newDraft(s, origin.speaker, origin.cue, origin.cueLemma, { start: from, end: to }, how, tokenAt(ctx.tokens, from), false, origin.pronounAs);
	d.group = origin.group;
	d.continued = true;
	drafts.push(d);
}

/**
 * A statement's quotation may run over several sentences (one statement per sentence, one group),
 * and a quotation opening the sentence right after a quoted statement continues it.
 */
export function spreadQuotations(ctx: Ctx, drafts: Draft[]): void {
	const t = ctx.tokens;
	const quotes = ctx.quotes;
	const bySentence = new Map<number, Draft[]>();
	const n = drafts.length;
	for (let k = 0; k < n; k++) {
		const d = drafts[k];
		const list = bySentence.get(d.sentence) ?? [];
		list.push(d);
		bySentence.set(d.sentence, list);
	}
	const lastCovered = new Map<number, number>();
	const spread = (d: Draft) => {
		let last = d.sentence;
		// quotations overlapping the content
		for (let q = unclaimed(ctx, firstQuoteEndingAfter(quotes, d.content.start)); q < quotes.length && quotes[q].start < d.content.end; q = unclaimed(ctx, q + 1)) {
			claim(ctx, q);
			const quote = quotes[q];
			const [a, b] = sentencesOf(ctx, quote.start, quote.end);
			for (let s = a; s <= b; s++) {
				if (s !== d.sentence) continue_(d, s, quote);
				last = Math.max(last, s);
			}
		}
		lastCovered.set(d.group, Math.max(lastCovered.get(d.group) ?? -1, last));
	};
	const continue_ = (d: Draft, s: number, quote: Quote) =>
		continuation(ctx, drafts, d, s, quote.start, quote.end, `the quotation of ${introducedBy(ctx, d)} runs over this sentence`);
	for (let k = 0; k < n; k++) spread(drafts[k]);

	// a quotation opening a sentence, right after a sentence a quoted statement covers
	const lastDraftOfSentence = new Map<number, Draft>();
	for (const d of drafts) {
		const cur = lastDraftOfSentence.get(d.sentence);
		if (!cur || d.content.start >= cur.content.start) lastDraftOfSentence.set(d.sentence, d);
	}
	let previous: Draft | null = null;
	let previousLast = -2;
	let q = 0;
	const sentences = ctx.doc.sentences;
	for (let s = 0; s < sentences.length; s++) {
		const mine = lastDraftOfSentence.get(s);
		const sen = sentences[s];
		while (q < quotes.length && quotes[q].start < sen.start) q++;
		if (!mine && q < quotes.length && !ctx.claimed[q] && previous && previousLast === s - 1) {
			const quote = quotes[q];
			const opensSentence = quote.start <= sen.start + 1 || (t[sen.first] && isQuoteMark(t[sen.first]) && t[sen.first].start === quote.start);
			const paragraphGap = sen.paragraph - sentences[previous.sentence].paragraph;
			const quotedBefore = previous.cue === null || isQuoted(ctx, previous) || ctx.text[previous.cue.end - 1] === ':' || followsColon(ctx, previous);
			if (opensSentence && paragraphGap <= 1 && quotedBefore) {
				claim(ctx, q);
				const [a, b] = sentencesOf(ctx, quote.start, quote.end);
				const how = `a quotation opening the sentence goes on from ${introducedBy(ctx, previous)} in the sentence before`;
				for (let x = a; x <= b; x++) continuation(ctx, drafts, previous, x, quote.start, quote.end, how);
				previousLast = b;
				s = b;
				continue;
			}
		}
		if (mine) {
			previous = mine;
			previousLast = Math.max(s, lastCovered.get(mine.group) ?? s);
		}
	}
}

/** "'He' + cue 'explained'", for the rule text of a quotation that runs on */
function introducedBy(ctx: Ctx, d: Draft): string {
	const t = ctx.tokens;
	const speaker = d.speaker ? `'${ctx.text.slice(t[d.speaker.first].start, t[d.speaker.last - 1].end)}'` : 'the speaker';
	return d.cue ? `${speaker} + cue '${ctx.text.slice(d.cue.start, d.cue.end)}'` : speaker;
}

function isQuoted(ctx: Ctx, d: Draft): boolean {
	const q = firstQuoteEndingAfter(ctx.quotes, d.content.start);
	return q < ctx.quotes.length && ctx.quotes[q].start < d.content.end;
}

/** "Caddell continued:" with nothing after the colon in its sentence */
function followsColon(ctx: Ctx, d: Draft): boolean {
	const sen = ctx.doc.sentences[d.sentence];
	return ctx.text[sen.end - 1] === ':';
}
