import type { Span, TextDoc, Token } from '../types';
import { sideOf, type CompiledActors } from './actors';
import type { Draft } from './context';
import { mainSubject, phraseEndingAt, type Range } from './noun-phrase';
import { classifySource, learnSurname, roleWordOf, type SourceKind } from './sources';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, TITLES, isCapitalised, isComma } from './token-kinds';

/**
 * Pronouns and role nouns as speakers, resolved to the nearest fitting source before them:
 * "He explained" is the person who spoke last (Dragone), "they" the group, "it" the body,
 * "the diplomat" the last source called a diplomat, "who" the noun before it. Sources that
 * spoke come first; names merely mentioned are the fallback ("Speaking to the Financial Times,
 * he noted" after "… Admiral Giuseppe Cavo Dragone."). An indefinite "a top admiral has warned"
 * that no side claims looks ahead to the admiral named in the next sentences.
 */

export interface Resolution {
	resolved: Span | null;
	/** in plain English, for the rule text */
	how: string;
}

interface Candidate {
	span: Span;
	kind: SourceKind;
	paragraph: number;
	sentence: number;
	/** lower-cased words, for role nouns */
	words: string;
}

const LOOK_BACK_SOURCES = 40;
const LOOK_BACK_MENTIONS = 300;
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);

function span(text: string, tokens: Token[], r: Range): Span {
	const start = tokens[r.first].start;
	const end = tokens[r.last - 1].end;
	return { text: text.slice(start, end), start, end };
}

/** Names (runs of proper nouns with their titles) outside quotations. */
function collectNames(doc: TextDoc, quoteOf: Int32Array, surnames: Set<string>): Candidate[] {
	const tokens = doc.tokens;
	const out: Candidate[] = [];
	for (let s = 0; s < doc.sentences.length; s++) {
		const sen = doc.sentences[s];
		let runStart = -1;
		for (let i = sen.first; i <= sen.last; i++) {
			const t = i < sen.last ? tokens[i] : null;
			const inName = t !== null && quoteOf[i] < 0 && (t.pos === 'PROPN' || (TITLES.has(t.normal) && isCapitalised(t)));
			if (inName && runStart < 0) runStart = i;
			if (!inName && runStart >= 0) {
				const r = { first: runStart, last: i };
				const kind = classifySource(tokens, r, surnames);
				learnSurname(tokens, r, kind, surnames);
				const sp = span(doc.text, tokens, r);
				out.push({ span: sp, kind, paragraph: sen.paragraph, sentence: s, words: ` ${sp.text.toLowerCase()} ` });
				runStart = -1;
			}
		}
	}
	return out;
}

export function resolveSpeakers(doc: TextDoc, drafts: Draft[], actors: CompiledActors, quoteOf: Int32Array): Resolution[] {
	const tokens = doc.tokens;
	const surnames = new Set<string>();
	// names and subjects mentioned are needed only when no source that spoke fits: read them lazily
	let mentions: Candidate[] | null = null;
	const mentionsBefore = (pos: number) => {
		mentions ??= collectNames(doc, quoteOf, surnames);
		while (m < mentions.length && mentions[m].span.end <= pos) m++;
		while (m > 0 && mentions[m - 1].span.end > pos) m--;
		return mentions;
	};
	const subjects = new Map<number, Range | null>();
	const subjectOf = (s: number) => {
		if (!subjects.has(s)) subjects.set(s, mainSubject(tokens, doc.sentences[s].first, doc.sentences[s].last));
		return subjects.get(s)!;
	};
	const sources: Candidate[] = [];
	/** the subjects of the sentences before `sentence`, nearest first, back to a paragraph */
	const subjectsBack = (sentence: number, minParagraph: number, fits: (c: Candidate) => boolean): Candidate | null => {
		for (let s = sentence - 1; s >= 0 && sentence - s <= 8 && doc.sentences[s].paragraph >= minParagraph; s--) {
			const r = subjectOf(s);
			if (!r || PERSONAL_PRONOUNS.has(tokens[r.last - 1].normal)) continue;
			const c: Candidate = { span: span(doc.text, tokens, r), kind: classifySource(tokens, r, surnames), paragraph: doc.sentences[s].paragraph, sentence: s, words: '' };
			if (fits(c)) return c;
		}
		return null;
	};
	const out: Resolution[] = new Array(drafts.length);
	const byGroup = new Map<number, Resolution>();
	let m = 0; // mentions before the current speaker: mentions[0, m)
	const none: Resolution = { resolved: null, how: '' };
	// "NATO members are weighing … what they describe as …": they/it may be the sentence's own subject
	const sameSentenceSubject = (sentence: number, before: number, fits: (c: Candidate) => boolean): Candidate | null => {
		const sen = doc.sentences[sentence];
		const subject = subjectOf(sentence);
		if (!subject || subject.last > before || PERSONAL_PRONOUNS.has(tokens[subject.last - 1].normal)) return null;
		const c: Candidate = { span: span(doc.text, tokens, subject), kind: classifySource(tokens, subject, surnames), paragraph: sen.paragraph, sentence, words: '' };
		return fits(c) ? c : null;
	};

	const back = (list: Candidate[], from: number, limit: number, minParagraph: number, fits: (c: Candidate) => boolean) => {
		for (let k = from - 1; k >= 0 && from - k <= limit; k--) {
			const c = list[k];
			if (c.paragraph < minParagraph) return null;
			if (fits(c)) return c;
		}
		return null;
	};

	for (let k = 0; k < drafts.length; k++) {
		const d = drafts[k];
		if (d.continued || !d.speaker) continue;
		const r = d.speaker;
		const sp = span(doc.text, tokens, r);
		const sen = doc.sentences[d.sentence];
		const paragraph = sen.paragraph;
		const head = tokens[r.last - 1];
		const single = r.last - r.first === 1;
		const pronoun = d.pronounAs ?? (single && PERSONAL_PRONOUNS.has(head.normal) ? head.normal : null);
		let found: Candidate | null = null;
		let how = '';
		if (pronoun === 'he' || pronoun === 'she') {
			found = back(sources, sources.length, LOOK_BACK_SOURCES, paragraph - 2, (c) => c.kind.person);
			how = 'the person who spoke last';
			if (!found) {
				found = back(mentionsBefore(sp.start), m, LOOK_BACK_MENTIONS, paragraph - 4, (c) => c.kind.person);
				how = 'the person named last';
			}
			if (!found) {
				found = back(sources, sources.length, LOOK_BACK_SOURCES, paragraph - 2, (c) => c.kind.name === true);
				how = 'the name that spoke last';
			}
		} else if (pronoun === 'they') {
			found = sameSentenceSubject(d.sentence, r.first, (c) => c.kind.plural);
			how = 'the subject of the sentence';
			if (!found) {
				found = back(sources, sources.length, LOOK_BACK_SOURCES, paragraph - 2, (c) => c.kind.plural);
				how = 'the group that spoke last';
			}
			if (!found) {
				found = subjectsBack(d.sentence, paragraph - 1, (c) => c.kind.plural);
				how = 'the group named last';
			}
		} else if (pronoun === 'it') {
			const body = (c: Candidate) => !c.kind.person && !c.kind.plural;
			found = sameSentenceSubject(d.sentence, r.first, body);
			how = 'the subject of the sentence';
			if (!found) {
				found = back(sources, sources.length, LOOK_BACK_SOURCES, paragraph - 1, body);
				how = 'the body that spoke last';
			}
			if (!found) {
				found = back(mentionsBefore(sp.start), m, 60, paragraph - 1, (c) => !c.kind.person && !c.kind.plural && sideOf(c.span.text, actors).actor !== null);
				how = 'the body named last';
			}
		} else if (single && RELATIVE_PRONOUNS.has(head.normal)) {
			let j = r.first - 1;
			if (j >= sen.first && isComma(tokens[j])) j--;
			const antecedent = phraseEndingAt(tokens, j, sen.first);
			if (antecedent && !RELATIVE_PRONOUNS.has(tokens[antecedent.last - 1].normal)) {
				const a = span(doc.text, tokens, antecedent);
				found = { span: a, kind: classifySource(tokens, antecedent, surnames), paragraph, sentence: d.sentence, words: '' };
				how = `the noun before '${head.value}'`;
			}
		} else if (!pronoun && sideOf(sp.text, actors).actor === null) {
			const role = roleWordOf(tokens, r);
			if (role) {
				const needle = ` ${role}`;
				const has = (c: Candidate) => c.words.includes(needle) && c.span.start !== sp.start;
				if (INDEFINITE.has(tokens[r.first].normal)) {
					// "…, a top admiral has warned." then "Admiral Giuseppe Cavo Dragone, …, said"
					for (let n = k + 1; n < drafts.length && drafts[n].sentence <= d.sentence + 2 && !found; n++) {
						const other = drafts[n];
						if (!other.speaker || other.continued) continue;
						const o = span(doc.text, tokens, other.speaker);
						if (` ${o.text.toLowerCase()} `.includes(needle)) {
							found = { span: o, kind: classifySource(tokens, other.speaker, surnames), paragraph, sentence: other.sentence, words: '' };
							how = `the ${role} named in the next sentences`;
						}
					}
				} else {
					found = back(sources, sources.length, LOOK_BACK_SOURCES, paragraph - 8, has);
					how = `the last source called ${role}`;
					if (!found) {
						found = back(mentionsBefore(sp.start), m, LOOK_BACK_MENTIONS, paragraph - 8, has);
						how = `the last ${role} named`;
					}
				}
			}
		}
		const resolution: Resolution = found ? { resolved: found.span, how } : none;
		out[k] = resolution;
		byGroup.set(d.group, resolution);
		const kind = found ? found.kind : classifySource(tokens, r, surnames);
		if (!found) learnSurname(tokens, r, kind, surnames);
		const text = (found ?? { span: sp }).span.text;
		if (!(pronoun && !found) && !(single && RELATIVE_PRONOUNS.has(head.normal) && !found))
			sources.push({ span: found ? found.span : sp, kind, paragraph, sentence: d.sentence, words: ` ${text.toLowerCase()} ` });
	}
	for (let k = 0; k < drafts.length; k++) if (!out[k]) out[k] = byGroup.get(drafts[k].group) ?? none;
	return out;
}
