import { phraseEndingAt, phraseStartingAt, type Range } from './noun-phrase';
import { sideOf, type CompiledActors } from './actors';
import {
	LABELS,
	PERSONAL_PRONOUNS,
	POSSESSIVE_TO_SUBJECT,
	isGerund,
	isNounish,
	isVerbal,
	isPossessiveMark,
	POSSESSIVE_PRONOUNS
} from './token-kinds';
import { isQuoteMark, tokenAt, words, trim, charSpan, subjectOf, addDraft, newDraft, type Draft, type Ctx } from './context';
import { plausibleSource } from './cue-statement';

/**
 * Statements marked by something other than a verb of saying: a name before a colon ("Pat
 * Caddell: …"), a noun after its possessor ("Trump’s claim that …"), a dash after a quotation
 * ("“…” ― Steve Quinlan"), a colon before a quotation ("Trump: “…”").
 */

/** "Pat Caddell: Democrat Voters Worried …", "PENCE: Well, look …" — a name before a colon opens the sentence */
export function labelStatement(ctx: Ctx, s: number, actors: CompiledActors): Draft | null {
	const t = ctx.tokens;
	const sen = ctx.doc.sentences[s];
	let first = sen.first;
	if (first < sen.last && isQuoteMark(t[first])) first++;
	let colon = -1;
	for (let j = first; j < Math.min(sen.last, first + 6); j++) {
		if (t[j].value === ':') {
			colon = j;
			break;
		}
	}
	if (colon <= first) return null;
	for (let j = first; j < colon; j++) {
		const x = t[j];
		if (LABELS.has(x.normal) || isGerund(x) || !(isNounish(x) || x.value === '.' || x.value === '-')) return null;
		if (!/^\p{Lu}/u.test(x.value) && x.value !== '.' && x.value !== '-') return null;
	}
	const content = trim(ctx, colon + 1, sen.last);
	if (!content || words(ctx, content.first, content.last) < 3) return null;
	// a claim has a verb; "Proactive NATO: a real shift or rhetoric?" is a topic and a question
	let verb = false;
	for (let j = content.first; j < content.last && !verb; j++) verb = isVerbal(t[j]);
	if (!verb || ctx.text[ctx.tokens[sen.last - 1].end - 1] === '?') return null;
	const label: Range = { first, last: colon };
	const labelText = ctx.text.slice(t[first].start, t[colon - 1].end);
	const shouting = /^[\p{Lu} .'-]+$/u.test(labelText) && /\p{Lu}{2}/u.test(labelText);
	const single = colon - first === 1 && t[first].pos === 'PROPN';
	const known = sideOf(labelText, actors).actor !== null;
	const name = colon - first >= 2 && colon - first <= 4 && t[colon - 1].pos === 'PROPN';
	if (!(shouting || single || known || name)) return null;
	return newDraft(s, label, { start: t[colon].start, end: t[colon].end }, ':', charSpan(ctx, content), 'a name before a colon', first, true);
}

/** "Trump’s claim that …", "his insistence that …": a noun cue after its possessor */
export function nounCueStatement(ctx: Ctx, s: number, i: number, floor: number): Draft | null {
	const t = ctx.tokens;
	const sen = ctx.doc.sentences[s];
	const noun = t[i];
	if (noun.pos !== 'NOUN' || i + 1 >= sen.last || i - 1 < floor || !ctx.lex.nouns.has(noun.lemma)) return null;
	const next = t[i + 1];
	const quoteNext = ctx.quoteOf[i + 1] >= 0 && ctx.quotes[ctx.quoteOf[i + 1]].start === next.start;
	if (!(next.normal === 'that' || next.value === ':' || quoteNext)) return null;
	let speaker: Range | null = null;
	let pronounAs: string | undefined;
	const before = t[i - 1];
	if (POSSESSIVE_PRONOUNS.has(before.normal)) {
		speaker = { first: i - 1, last: i };
		pronounAs = POSSESSIVE_TO_SUBJECT[before.normal];
	} else if (isPossessiveMark(before)) {
		speaker = phraseEndingAt(t, i - 2, floor);
	}
	if (!speaker || !plausibleSource(ctx, speaker)) return null;
	const content = trim(ctx, i + 1, sen.last);
	if (!content) return null;
	return newDraft(s, speaker, { start: noun.start, end: noun.end }, noun.lemma.toLowerCase(), charSpan(ctx, content), `possessor + '${noun.value}'`, speaker.first, true, pronounAs);
}

/** Quotations that end in "― Name" (a dash after the closing mark names the speaker). */
export function dashStatements(ctx: Ctx, drafts: Draft[]): void {
	const t = ctx.tokens;
	const text = ctx.text;
	for (let q = 0; q < ctx.quotes.length; q++) {
		if (ctx.claimed[q]) continue;
		const quote = ctx.quotes[q];
		let p = quote.end;
		while (p < ctx.doc.end && (text[p] === ' ' || text[p] === '\u00a0')) p++;
		if (!(text[p] === '―' || text[p] === '—' || text[p] === '–')) continue;
		const dash = tokenAt(t, p);
		if (dash >= t.length || t[dash].start !== p) continue;
		const sen = ctx.doc.sentences[t[dash].sentence];
		let k = dash + 1;
		while (k < sen.last && t[k].type === 'tabCRLF') k++;
		const sp = phraseStartingAt(t, k, sen.last);
		if (!sp || t[sp.first].pos !== 'PROPN') continue;
		const lastTok = tokenAt(t, quote.end - 1);
		const qs = t[lastTok].sentence;
		const from = Math.max(ctx.doc.sentences[qs].start, quote.start);
		addDraft(drafts, newDraft(qs, sp, { start: t[dash].start, end: t[dash].end }, 'dash', { start: from, end: quote.end }, 'a dash after the quotation names the speaker', dash, false));
	}
}

/** Quotations opened by a colon after a speaker: "Trump: “…”", "His answer was blunt: “…”". */
export function colonQuoteStatements(ctx: Ctx, drafts: Draft[]): void {
	const t = ctx.tokens;
	for (let q = 0; q < ctx.quotes.length; q++) {
		if (ctx.claimed[q]) continue;
		const quote = ctx.quotes[q];
		const open = tokenAt(t, quote.start);
		if (open >= t.length || open === 0) continue;
		const colon = open - 1;
		if (t[colon].value !== ':') continue;
		const s = t[open].sentence;
		const sen = ctx.doc.sentences[s];
		if (t[colon].sentence !== s || colon <= sen.first) continue;
		let sp = phraseEndingAt(t, colon - 1, sen.first);
		if (!sp || !(t[sp.last - 1].pos === 'PROPN' || PERSONAL_PRONOUNS.has(t[sp.last - 1].normal))) {
			const main = subjectOf(ctx, s);
			sp = main && main.last <= colon && (t[main.last - 1].pos === 'PROPN' || PERSONAL_PRONOUNS.has(t[main.last - 1].normal)) ? main : null;
		}
		if (!sp) continue;
		const lastTok = Math.min(sen.last, tokenAt(t, quote.end));
		const content = trim(ctx, open, lastTok);
		if (!content) continue;
		addDraft(drafts, newDraft(s, sp, { start: t[colon].start, end: t[colon].end }, ':', charSpan(ctx, content), 'a colon introduces the quotation', sp.first, false));
	}
}
