import { isWord } from '../text-doc';
import type { ArticleReport, Statement, TextDoc, Token } from '../types';
import type { MemberStatement, SentenceRef } from './types';

/** A word of a sentence, as the comparison sees it. */
export interface UnitWord {
	/** lower-cased form as written: what sequence alignment and shared passages compare */
	key: string;
	/** lower-cased lemma: what similarity compares */
	lemma: string;
	pos: string;
	value: string;
	start: number;
	end: number;
	/** carries meaning (noun, verb, adjective, adverb, number, name), so it counts for similarity */
	content: boolean;
}

/** One body sentence of one article, ready to be compared with the sentences of other articles. */
export interface SentenceUnit {
	ref: SentenceRef;
	words: UnitWord[];
	/** content lemma, or pair of neighbouring lemmas of which one is content, -> occurrences */
	lemmas: Map<string, number>;
	/** content words in the sentence */
	contentWords: number;
	statement: MemberStatement | null;
	/** lexicon hits of the hedges subcategory, as written */
	hedges: string[];
	/** lexicon hits of the boosters subcategory, as written */
	boosters: string[];
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
// verbs and adverbs so common in news that sharing them says nothing about sharing a fact
const LIGHT = new Set(['be', 'have', 'do', 'not', 'also', 'so', 'then', 'just', 'very', 'more', 'most', 'other', 'such', 'only', 'even', 'still', 'now']);

export function unitWord(token: Token): UnitWord {
	const lemma = token.lemma.toLowerCase();
	return {
		key: token.normal.toLowerCase().replace(/[’‘]/g, "'"),
		lemma,
		pos: token.pos,
		value: token.value,
		start: token.start,
		end: token.end,
		content: CONTENT.has(token.pos) && !LIGHT.has(lemma) && /\p{L}|\p{N}/u.test(lemma)
	};
}

/** The sentences of one analysed article as comparison units, carrying their statement and lexicon hits. */
export function sentenceUnits(article: number, doc: TextDoc, report: ArticleReport): SentenceUnit[] {
	const bySentence = new Map<number, Statement>();
	for (const s of report.statements) if (!bySentence.has(s.sentenceIndex)) bySentence.set(s.sentenceIndex, s);
	const units: SentenceUnit[] = doc.sentences.map((s, index) => {
		const words: UnitWord[] = [];
		for (let t = s.first; t < s.last; t++) {
			const token = doc.tokens[t];
			// ordinals too: "October 18th" is a date only with its day
			if (isWord(token.type, token.value) || token.type === 'ordinal') words.push(unitWord(token));
		}
		const lemmas = new Map<string, number>();
		for (const w of words) if (w.content) lemmas.set(w.lemma, (lemmas.get(w.lemma) ?? 0) + 1);
		// word pairs as written catch a shared quotation or phrase ("studying everything") that single words miss
		for (let k = 1; k < words.length; k++) {
			if (!words[k - 1].content && !words[k].content) continue;
			const pair = `${words[k - 1].lemma} ${words[k].lemma}`;
			lemmas.set(pair, (lemmas.get(pair) ?? 0) + 1);
		}
		const statement = bySentence.get(index);
		return {
			ref: { article, sentence: index, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
			words,
			lemmas,
			contentWords: words.filter((w) => w.content).length,
			statement: statement ? memberStatement(statement, doc) : null,
			hedges: [],
			boosters: []
		};
	});
	// hedges and boosters proper: restraint, urgency and force words are about the subject, not the wording's certainty
	for (const hit of report.lexicon.hits) {
		const unit = units[hit.sentence];
		if (!unit) continue;
		if (hit.subcategory === 'hedges') unit.hedges.push(hit.text.toLowerCase());
		if (hit.subcategory === 'boosters') unit.boosters.push(hit.text.toLowerCase());
	}
	return units;
}

function memberStatement(s: Statement, doc: TextDoc): MemberStatement {
	let cueLemma: string | null = null;
	if (s.cue) {
		const lemmas = doc.tokens
			.filter((t) => t.start >= s.cue!.start && t.end <= s.cue!.end && isWord(t.type, t.value))
			.map((t) => t.lemma.toLowerCase());
		cueLemma = lemmas.join(' ') || s.cue.text.toLowerCase();
	}
	return {
		side: s.side,
		kind: s.kind,
		speaker: s.speaker?.text ?? null,
		resolvedSpeaker: s.resolvedSpeaker?.text ?? null,
		cue: s.cue?.text ?? null,
		cueLemma
	};
}
