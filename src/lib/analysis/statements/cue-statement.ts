import { phraseStartingAt, subjectBefore, type Range } from './noun-phrase';
import type { CueMatch } from './cue-lexicon';
import {
	DASHES,
	PERSONAL_PRONOUNS,
	POSSESSIVE_TO_SUBJECT,
	isComma,
	isGerund,
	isNounish,
	isVerbal,
	isCapitalised,
	SOURCE_NOUNS
} from './token-kinds';
import { clauseFollows, introduces, contentStart, postposedContent, negated, leftEdge, gerundIsSubject, RESPOND, respondsToWords, headOf, wordsUntilPunctuation } from './clause';
import { isQuoteMark, tokenAt, words, trim, charSpan, subjectOf, cueSpan, newDraft, type Draft, type Ctx } from './context';

/**
 * One verb or phrase of saying and the statement it makes: its speaker (before it, after it, shared
 * with the verb before it, or after "by" in the passive) and its words (after it, or before it).
 */

/**
 * A speaker the guide accepts: a name, a pronoun, or a noun for people, offices, bodies or
 * documents. With a core verb of saying any noun will do ("the announcer said").
 */
export function plausibleSource(ctx: Ctx, r: Range, lemma = ''): boolean {
	const t = ctx.tokens;
	const head = t[r.last - 1];
	if (head.pos === 'PRON' || PERSONAL_PRONOUNS.has(head.normal)) return true;
	for (let k = r.first; k < r.last; k++) if (t[k].pos === 'PROPN' || (isCapitalised(t[k]) && k > r.first && t[k].type === 'word')) return true;
	if (ctx.lex.core.has(lemma) && (head.pos === 'NOUN' || head.pos === 'PROPN' || isCapitalised(head))) return true;
	for (let k = r.first; k < r.last; k++) {
		const x = t[k];
		if (x.value === ',') break;
		if ((x.pos === 'NOUN' || x.pos === 'ADJ') && (SOURCE_NOUNS.has(x.lemma.toLowerCase()) || SOURCE_NOUNS.has(x.normal)) && (k === r.last - 1 || !isNounish(t[k + 1]) || t[k + 1].value === ',')) return true;
	}
	return SOURCE_NOUNS.has(head.lemma.toLowerCase()) || SOURCE_NOUNS.has(head.normal);
}

const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);

const FIRST_SECOND = new Set(['i', 'you', 'we']);

/** verbs that name rather than report: "The program, called EB-5," is no inverted "said X" */
const NAMING = new Set(['call', 'name', 'dub', 'label', 'term', 'describe', 'title', 'know', 'brand', 'characterize', 'characterise', 'identify', 'cite', 'frame', 'paint']);

/** The statements a cue in sentence `s` makes, if any. */
export function statementAtCue(ctx: Ctx, s: number, m: CueMatch, floor: number, beforeFloor: number, sentenceDrafts: Draft[]): Draft | null {
	const t = ctx.tokens;
	const sen = ctx.doc.sentences[s];
	const last = sen.last;
	const cue = cueSpan(ctx, m);

	if (m.speaker === 'after') {
		// "according to X", "in the words of X"; wink may tag the source as a verb ("according to police")
		const sp = phraseStartingAt(t, m.last, last) ?? wordsUntilPunctuation(t, m.last, last);
		if (!sp) return null;
		const before = trim(ctx, beforeFloor, m.first);
		const after = trim(ctx, sp.last, last);
		const beforeWords = before ? words(ctx, before.first, before.last) : 0;
		const afterWords = after ? words(ctx, after.first, after.last) : 0;
		let content: Range | null;
		if (beforeWords >= 2 && afterWords >= 2) content = trim(ctx, before!.first, last);
		else content = beforeWords >= afterWords ? before : after;
		if (!content) return null;
		return newDraft(s, sp, cue, m.lemma, charSpan(ctx, content), `'${m.lemma}' + source`, m.first, false);
	}
	if (m.speaker === 'possessive') {
		// "In his words, a „pre-emptive strike” could …"
		// "in his view", "in their eyes"; "in my view" is the writer's own, "in the view" no one's
		const owner = t[m.first + 1];
		const as = POSSESSIVE_TO_SUBJECT[owner.normal];
		if (!(as || owner.pos === 'PROPN') || FIRST_SECOND.has(as ?? '')) return null;
		const sp: Range = { first: m.first + 1, last: m.first + 2 };
		const after = trim(ctx, m.last, last);
		const content = after ?? trim(ctx, beforeFloor, m.first);
		if (!content) return null;
		return newDraft(s, sp, cue, m.lemma, charSpan(ctx, content), `'${ctx.text.slice(cue.start, cue.end)}'`, m.first, after !== null, as);
	}

	const verb = t[m.first];
	// "did not respond to requests for comment", "did not unveil plans": no words are attributed
	if (negated(ctx, m.first, floor)) return null;
	// bylines: "(Reporting by …; Editing by …)"
	if (isGerund(verb) && m.last < last && t[m.last].normal === 'by') return null;
	let subject = subjectBefore(t, m.first, floor);
	// "drone incursions reported by Poland": a participle with "by" after a noun is passive too
	if (subject?.kind === 'phrase' && !subject.passive && subject.range.last === m.first && m.last < last && t[m.last].normal === 'by' && /ed$/i.test(verb.value)) {
		const agent = phraseStartingAt(t, m.last + 1, last);
		if (agent && plausibleSource(ctx, agent)) subject = { ...subject, passive: true };
	}
	if (subject?.passive) {
		// "This was stated by the Chair of NATO’s Military Committee"
		if (m.cls !== 'speech') return null;
		let by = -1;
		for (let j = m.last; j < Math.min(last, m.last + 3); j++) if (t[j].normal === 'by') by = j;
		if (by < 0) return null;
		const sp = phraseStartingAt(t, by + 1, last);
		if (!sp || !plausibleSource(ctx, sp)) return null;
		const content = subject.kind === 'phrase' ? subject.range : trim(ctx, beforeFloor, leftEdge(ctx, m.first, beforeFloor));
		if (!content) return null;
		return newDraft(s, sp, cue, m.lemma, charSpan(ctx, content), `passive: '${verb.value} by' + source`, m.first, false);
	}
	let speaker: Range | null = null;
	let how = '';
	let inverted = false;
	let shared = false;
	if (subject?.kind === 'phrase') {
		speaker = subject.range;
		// "questions from veterans invited to …": a participle after an object is no verb of its own
		const before = speaker.first - 1 >= sen.first ? t[speaker.first - 1] : null;
		const head = t[speaker.last - 1];
		const next = m.last < last ? t[m.last].normal : '';
		if (before && (before.pos === 'ADP' || before.pos === 'VERB') && head.pos === 'NOUN' && !isCapitalised(head) && /ed$/i.test(verb.value) && speaker.last === m.first && (next === 'to' || next === 'by'))
			return null;
		how = `speaker + cue '${ctx.text.slice(cue.start, cue.end)}'`;
	} else if (subject?.kind === 'shared') {
		shared = true;
		if (isGerund(verb) && gerundIsSubject(ctx, m.last, last)) return null;
		if (subject.means && !clauseFollows(ctx, m.last, last, m.lemma)) return null;
		const previous = sentenceDrafts.length ? sentenceDrafts[sentenceDrafts.length - 1] : null;
		if (previous?.speaker && previous.speaker.last <= m.first) {
			speaker = previous.speaker;
		} else {
			const main = subjectOf(ctx, s);
			// "After saying her right foot was …, she was …": an opening participle takes the subject after it
			let opening = true;
			for (let j = sen.first; j < m.first && opening; j++) if (isComma(t[j])) opening = false;
			if (main && (main.last <= m.first || (opening && main.first > m.first))) speaker = main;
		}
		how = `'${verb.value}' shares the subject of the clause before it`;
	} else if (!isGerund(verb) && ((m.cls === 'speech' && !NAMING.has(m.lemma)) || m.cls === 'intro')) {
		const prev = m.first > sen.first ? t[m.first - 1] : null;
		if (!prev || isComma(prev) || isQuoteMark(prev) || DASHES.has(prev.value)) {
			const sp = phraseStartingAt(t, m.last, last);
			const after = sp && sp.last < last ? t[sp.last] : null;
			if (sp && !(after && isVerbal(after) && !isGerund(after))) {
				speaker = sp;
				inverted = true;
				how = `cue '${verb.value}' + speaker after it`;
			}
		}
	}
	if (!speaker || !plausibleSource(ctx, speaker, m.lemma)) return null;
	const speakerHead = t[speaker.last - 1];
	if (speaker.last - speaker.first === 1 && speakerHead.pos === 'PRON' && !PERSONAL_PRONOUNS.has(speakerHead.normal) && speakerHead.normal !== 'who' && speakerHead.normal !== 'which' && speakerHead.normal !== 'that') return null;
	// "if russia believes …" reports no one's words
	if (!inverted && speaker.first - 1 >= sen.first && HYPOTHETICAL.has(t[speaker.first - 1].normal)) return null;

	// "I guess", "you know", "would you think": the writer's or reader's thoughts are no statement
	if (m.cls !== 'speech' && speaker.last - speaker.first === 1 && FIRST_SECOND.has(speakerHead.normal)) return null;
	const afterCue = inverted ? speaker.last : m.last;
	if (m.cls === 'intro' && !introduces(ctx, afterCue, last) && !inverted) return null;
	const clause = clauseFollows(ctx, afterCue, last, m.lemma);

	let content: Range | null = null;
	let forward = false;
	if (inverted) {
		// the words before the cue ("“…,” said Caddell.")
		content = trim(ctx, beforeFloor, m.first);
		if (!content || words(ctx, content.first, content.last) === 0) {
			content = trim(ctx, contentStart(ctx, speaker.last, last, m.lemma), last);
			forward = true;
		}
	} else {
		content = shared ? null : postposedContent(ctx, speaker.first, m.last, beforeFloor, last);
		if (content) how = `${how} after the words`;
		else {
			content = trim(ctx, contentStart(ctx, m.last, last, m.lemma), last);
			forward = true;
		}
	}
	if (!content && forward && !shared && speaker.first === sen.first && s > 0) {
		// “Does anybody know …?” | "Graham asked." — wink put the attribution in a sentence of its own
		const prev = ctx.doc.sentences[s - 1];
		const q = ctx.quoteOf[prev.last - 1];
		if (prev.paragraph === sen.paragraph && q >= 0 && ctx.quotes[q].end === t[prev.last - 1].end) {
			const words = trim(ctx, Math.max(prev.first, tokenAt(t, ctx.quotes[q].start)), prev.last);
			if (words) return newDraft(s - 1, speaker, cue, m.lemma, charSpan(ctx, words), `${how} after the words`, m.first, false);
		}
	}
	if (!content && forward) {
		// "The New York Times reports:" with the words in the next paragraph
		const next = ctx.doc.sentences[s + 1];
		if (t[sen.last - 1].value === ':' && next) {
			const words = trim(ctx, next.first, next.last);
			if (words) return newDraft(s + 1, speaker, cue, m.lemma, charSpan(ctx, words), `${how} + colon, the words follow`, next.first, false);
		}
	}
	if (!content) return null;
	if (m.cls === 'clause' && forward && !clause) return null;
	if (ctx.lex.weak.has(m.lemma) && forward && !clause) return null;
	if (m.cls === 'evidence') {
		// "polls show", "the report found that", "investigators found"; not "as recent incidents have shown"
		const head = t[headOf(t, speaker)];
		const lemma = head.lemma.toLowerCase();
		const source = ctx.lex.evidenceSpeakers.has(lemma) || ctx.lex.evidenceSpeakers.has(head.normal) || SOURCE_NOUNS.has(lemma) || head.pos === 'PROPN' || head.pos === 'PRON';
		if (!source || (forward && !clause && !ctx.lex.evidenceSpeakers.has(lemma) && !ctx.lex.evidenceSpeakers.has(head.normal))) return null;
	}
	if (RESPOND.has(m.lemma) && forward && !clause && !respondsToWords(ctx, contentStart(ctx, m.last, last, m.lemma), last)) return null;
	return newDraft(s, speaker, cue, m.lemma, charSpan(ctx, content), how, shared ? leftEdge(ctx, m.first, floor) : Math.min(speaker.first, m.first), forward);
}
