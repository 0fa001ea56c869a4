import type { Span, Statement, StatementKind, TextDoc, Token } from '../types';
import { resolveSpeakers, type Resolution } from './resolve';
import { sideOf, type CompiledActors } from './actors';
import { compileCues, matchCue, type CueLexicon } from './cue-lexicon';
import { buildContext, tokenAt, trim, charSpan, addDraft, type Draft, type Ctx } from './context';
import { statementAtCue } from './cue-statement';
import { labelStatement, nounCueStatement, dashStatements, colonQuoteStatements } from './marker-statements';
import { spreadQuotations } from './spread-quotations';

/**
 * Statements of an article as guide/statements.md defines them: a cue (communication verb or
 * phrase, a colon or dash before or after a quotation), a speaker, and content (the quoted words or
 * the reported clause). Sentence by sentence, every cue outside quotation marks looks for its
 * speaker (before it, after it for "said X" and "according to X", or shared with the verb before
 * it) and for its content (after it, or before it when the attribution follows the words).
 * Quotations then spread a statement over every sentence they cover, and a quotation that opens
 * the sentence after a quoted statement continues it.
 */

const DEFAULT_CUES = compileCues();

/** "… Sen. Lindsey Graham (R-S." | "C.) told …": wink ended the sentence inside a bracket */
function openBracket(t: Token[], first: number, last: number): boolean {
	let depth = 0;
	for (let k = first; k < last; k++) {
		if (t[k].value === '(') depth++;
		else if (t[k].value === ')' && depth > 0) depth--;
	}
	return depth > 0;
}

/** Cues of one sentence, in order. */
function sentenceStatements(ctx: Ctx, s: number, actors: CompiledActors, drafts: Draft[]): void {
	const sen = ctx.doc.sentences[s];
	const t = ctx.tokens;
	const here: Draft[] = [];
	const label = labelStatement(ctx, s, actors);
	// the subject of a cue is not searched before the previous cue; the words before a cue
	// ("“…,” he said") start after the previous statement that took its words from before it
	let floor = sen.first;
	let beforeFloor = sen.first;
	if (label) {
		here.push(addDraft(drafts, label));
		floor = beforeFloor = label.speaker!.last + 1;
	}
	for (let i = floor; i < sen.last; i++) {
		if (ctx.quoteOf[i] >= 0) continue;
		const m = matchCue(t, i, sen.first, sen.last, ctx.lex);
		if (!m) {
			if (t[i].pos !== 'NOUN') continue;
			const n = nounCueStatement(ctx, s, i, floor);
			if (n) here.push(addDraft(drafts, n));
			continue;
		}
		// wink sometimes ends a sentence inside an attribution ("… Rep. Gwen Moore (D-Wis.)" | "said Friday."):
		// a lower-case cue opening a sentence looks for its speaker and words in the sentence before
		const previous = ctx.doc.sentences[s - 1];
		const glued =
			here.length === 0 &&
			/^\p{Ll}/u.test(t[i].value) &&
			previous &&
			previous.paragraph === sen.paragraph &&
			(i === sen.first || (i - sen.first <= 3 && openBracket(t, previous.first, previous.last)));
		const d = glued ? statementAtCue(ctx, s, m, previous.first, previous.first, here) : statementAtCue(ctx, s, m, floor, beforeFloor, here);
		if (d && glued && d.content.end <= previous.end) d.sentence = s - 1;
		if (d) {
			here.push(addDraft(drafts, d));
			floor = Math.max(floor, m.last);
			if (d.speaker && d.speaker.last > floor && d.speaker.first >= m.last) floor = d.speaker.last;
			if (!d.forward) beforeFloor = floor;
		}
		i = m.last - 1;
	}
	// content read forward stops where the next statement's own words begin
	for (let k = 0; k < here.length; k++) {
		const d = here[k];
		if (!d.forward) continue;
		for (let n = k + 1; n < here.length; n++) {
			const cut = t[here[n].anchor].start;
			if (cut > d.content.start && cut < d.content.end) {
				const endTok = trim(ctx, tokenAt(t, d.content.start), here[n].anchor);
				if (endTok) d.content = charSpan(ctx, endTok);
				break;
			}
		}
	}
}

/** The statements of a read text, in reading order. */
export function findStatements(doc: TextDoc, actors: CompiledActors, lex: CueLexicon = DEFAULT_CUES): Statement[] {
	const ctx = buildContext(doc, lex);
	const drafts: Draft[] = [];
	for (let s = 0; s < doc.sentences.length; s++) {
		const sen = doc.sentences[s];
		if (sen.end <= doc.start || sen.start >= doc.end) continue;
		sentenceStatements(ctx, s, actors, drafts);
	}
	spreadQuotations(ctx, drafts);
	dashStatements(ctx, drafts);
	colonQuoteStatements(ctx, drafts);
	spreadQuotations(ctx, drafts);
	drafts.sort((a, b) => a.sentence - b.sentence || a.content.start - b.content.start || a.group - b.group);
	const resolutions = resolveSpeakers(doc, drafts, actors, ctx.quoteOf);
	return drafts.map((d, k) => finish(ctx, d, resolutions[k], actors));
}

function span(text: string, start: number, end: number): Span {
	return { text: text.slice(start, end), start, end };
}

function finish(ctx: Ctx, d: Draft, r: Resolution, actors: CompiledActors): Statement {
	const t = ctx.tokens;
	const text = ctx.text;
	const a = tokenAt(t, d.content.start);
	const lastTok = Math.min(t.length, tokenAt(t, d.content.end - 1) + 1);
	const all = ctx.wordsBefore[lastTok] - ctx.wordsBefore[a];
	const quoted = ctx.quotedBefore[lastTok] - ctx.quotedBefore[a];
	const kind: StatementKind = quoted === 0 ? 'reported' : quoted === all ? 'direct' : 'mixed';
	const sen = ctx.doc.sentences[d.sentence];
	const speaker = d.speaker ? span(text, t[d.speaker.first].start, t[d.speaker.last - 1].end) : null;
	const side = sideOf((r.resolved ?? speaker)?.text ?? '', actors);
	const words = kind === 'direct' ? 'quotation' : kind === 'mixed' ? 'clause with quoted words' : 'reported clause';
	const via = r.resolved && speaker ? `; '${speaker.text}' = ${r.resolved.text} (${r.how})` : '';
	return {
		side: speaker || r.resolved ? side.side : actors.fallback,
		kind,
		speaker,
		resolvedSpeaker: r.resolved,
		actor: side.actor,
		cue: d.cue ? span(text, d.cue.start, d.cue.end) : null,
		content: span(text, d.content.start, d.content.end),
		sentence: span(text, sen.start, sen.end),
		sentenceIndex: d.sentence,
		group: d.group,
		quotedWords: quoted,
		rule: `${kind === 'reported' ? 'reported speech' : kind === 'direct' ? 'direct quotation' : 'mixed quotation'}: ${d.how}${d.continued ? '' : ` + ${words}`}${via}`
	};
}
