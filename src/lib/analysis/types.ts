/**
 * Shapes shared by the analysis core, the CLI, the server and the browser.
 * Every `start`/`end` is a JavaScript string index into the file's text exactly as read
 * (end exclusive), so `text.slice(start, end)` is always the evidence.
 */

export interface Span {
	text: string;
	start: number;
	end: number;
}

/** One token of a read text, with offsets into the full file text. */
export interface Token {
	value: string;
	/** lower-cased, contractions expanded by wink ("n't" -> "not") */
	normal: string;
	lemma: string;
	/** Universal POS tag from wink (NOUN, VERB, PROPN, PUNCT, SPACE ...) */
	pos: string;
	/** wink token type: word, punctuation, number, tabCRLF, emoji, ... */
	type: string;
	start: number;
	end: number;
	/** inside the scope of a negation, as wink marks it */
	negated: boolean;
	/** index into TextDoc.sentences */
	sentence: number;
}

export interface Sentence {
	start: number;
	end: number;
	/** first token index (inclusive) */
	first: number;
	/** last token index (exclusive) */
	last: number;
	/** index of the paragraph (line block) the sentence belongs to */
	paragraph: number;
}

/** A stretch of a file read by wink-nlp: the unit every measure works on. */
export interface TextDoc {
	/** the whole file text; offsets refer to it */
	text: string;
	/** the analysed range inside `text` */
	start: number;
	end: number;
	tokens: Token[];
	sentences: Sentence[];
	/** word tokens (not punctuation, spaces or symbols) */
	words: number;
}

// ---------------------------------------------------------------- lexicons

export type Pole = 'assertive' | 'cautious';

export interface LexiconSubcategory {
	label: string;
	/** one line for the legend and the method page */
	description?: string;
	/** single words or multi-word phrases; matched on lemmas */
	terms: string[];
}

export interface LexiconData {
	/** shown in exports so a figure can be tied to the word list that produced it */
	version: string;
	poles: Record<Pole, { label: string; subcategories: Record<string, LexiconSubcategory> }>;
	/** words that, just before a term, cancel it ("not aggressive") beyond wink's own negation marks */
	negators?: string[];
	/** provenance and choices, for people editing the list */
	notes?: string[];
}

export interface LexiconHit {
	/** the lexicon entry that matched, as written in the lexicon */
	term: string;
	category: Pole;
	subcategory: string;
	text: string;
	start: number;
	end: number;
	sentence: number;
	/** 'quoted' when inside the content of an attributed statement */
	voice: 'narration' | 'quoted';
	/** index into ArticleReport.statements when voice is 'quoted' */
	statement: number | null;
}

export interface NegatedHit extends Omit<LexiconHit, 'voice' | 'statement'> {
	/** the negating word, for the explanation ("not", "never", "no") */
	negator: string;
}

/**
 * A lexicon hit a reader marked as wrong in one article ("may" the month). It is kept with the story
 * and applies only while the file still holds `text` at `start`..`end`; an edited article leaves it stale.
 */
export interface HitMark {
	start: number;
	end: number;
	text: string;
	/** why the reader thinks the hit is wrong, shown beside it */
	note?: string | null;
}

/** A match a reader marked as wrong: shown struck through as evidence, never counted. */
export interface IgnoredHit extends LexiconHit {
	note: string | null;
}

export interface PoleCounts {
	count: number;
	per1000: number;
	narration: { count: number; per1000: number };
	quoted: { count: number; per1000: number };
	bySubcategory: Record<string, number>;
}

export interface LexiconReport {
	assertive: PoleCounts;
	cautious: PoleCounts;
	/** (A - C) / (A + C), 0 when there are no hits */
	index: number;
	narrationIndex: number;
	hits: LexiconHit[];
	/** matches cancelled by negation: shown as evidence, never counted */
	negated: NegatedHit[];
	/** matches a reader marked as wrong (story.yaml `ignoredHits`): shown as evidence, never counted */
	ignored: IgnoredHit[];
	/** words of narration and of quoted speech, the denominators of the split rates */
	narrationWords: number;
	quotedWords: number;
}

// -------------------------------------------------------------- statements

export type StatementKind = 'direct' | 'reported' | 'mixed';

export interface Statement {
	side: string;
	kind: StatementKind;
	/** the speaker as written in this sentence (may be a pronoun or role noun) */
	speaker: Span | null;
	/** the source the speaker resolved to, when the written speaker is a pronoun or role noun */
	resolvedSpeaker: Span | null;
	/** the actors-list entry that decided the side, null when the side is the fallback */
	actor: string | null;
	cue: Span | null;
	content: Span;
	sentence: Span;
	sentenceIndex: number;
	/** statements that are one quotation running over several sentences share a group */
	group: number;
	/** words inside quotation marks in this statement's content */
	quotedWords: number;
	/** the rule that found it, in plain English, for the "why?" explanation */
	rule: string;
}

export interface SideVoice {
	/** statements counted once per (sentence, side) */
	statements: number;
	share: number;
	quotedWords: number;
	/** position of the side's first statement as a fraction of the body (0 = top), null if silent */
	firstAppearance: number | null;
	direct: number;
	reported: number;
	mixed: number;
}

// -------------------------------------------------------------------- tone

export interface WordContribution {
	text: string;
	start: number;
	end: number;
	valence: number;
	alarm: number;
	/** why the contribution is what it is: the lexicon entry, a negation, an intensifier */
	note?: string;
}

export interface ToneScore {
	/** [-1, 1] */
	valence: number;
	/** [0, 1] */
	alarm: number;
	contributions: WordContribution[];
}

export interface HeadlineReport extends ToneScore {
	text: string;
	/** span of the headline in the file; null when it came from front matter with no offset */
	start: number | null;
	end: number | null;
	question: boolean;
	inferred: boolean;
	/** how the headline was obtained, in plain English */
	source: string;
}

export interface ToneGap {
	bodyValence: number;
	bodyAlarm: number;
	/** headline minus body */
	valenceGap: number;
	alarmGap: number;
}

// ------------------------------------------------------------------ report

export interface ArticleMeta {
	outlet: string | null;
	headline: string | null;
	url: string | null;
	author: string | null;
	published: string | null;
	language: string | null;
	notes: string | null;
}

export interface SentenceSummary {
	start: number;
	end: number;
	paragraph: number;
	assertive: number;
	cautious: number;
	/** sides that have a statement in this sentence */
	sides: string[];
}

export interface ArticleReport {
	path: string;
	outlet: string | null;
	meta: ArticleMeta;
	/** word tokens of the body */
	words: number;
	body: { start: number; end: number };
	headline: HeadlineReport;
	tone: ToneGap;
	lexicon: LexiconReport;
	statements: Statement[];
	voices: Record<string, SideVoice>;
	sentences: SentenceSummary[];
	/** things a reader should know about this report (short body, inferred headline, not English) */
	warnings: string[];
}

// ------------------------------------------------------------------ actors

export interface SideDef {
	/** stable id used in reports and colours: russia, nato, europe, us, ukraine, other */
	id: string;
	label: string;
	/** names, offices, metonyms and adjectives that mark a speaker as this side, matched as whole words */
	sources: string[];
}

export interface ActorsData {
	version: string;
	/** the side of identifiable speakers no source matches */
	fallback: string;
	sides: SideDef[];
}
