/**
 * Shapes of a story comparison: which sentences of different articles report the same thing, how their
 * wording differs, which names, numbers and dates disagree, what is copied, and what each article leaves out.
 * Offsets (`start`/`end`) are string indexes into the article file's text, as everywhere else.
 */
import type { Span, StatementKind } from '../types';

/** One sentence of one article, by position. `article` indexes `StoryAlignment.articles`. */
export interface SentenceRef {
	article: number;
	/** index into the article's sentences (the same index the framing strip and article view use) */
	sentence: number;
	start: number;
	end: number;
	text: string;
}

/** The statement a member sentence carries, reduced to what differs between outlets. */
export interface MemberStatement {
	side: string;
	kind: StatementKind;
	/** the speaker as written ("the Kremlin", "Moscow", "he") */
	speaker: string | null;
	/** the speaker after pronoun resolution, as written where it resolved */
	resolvedSpeaker: string | null;
	/** the attribution verb or phrase as written ("warned", "according to") */
	cue: string | null;
	/** its lemma, so "said" and "says" count as the same verb */
	cueLemma: string | null;
}

export interface GroupMember extends SentenceRef {
	/**
	 * the last sentence of the member: an outlet may say in several neighbouring sentences what another
	 * says in one, and then `start`..`end` and `text` cover them all (equal to `sentence` otherwise)
	 */
	lastSentence: number;
	/** similarity to the group's reference sentence, 0..1 (1 for the reference itself) */
	similarity: number;
	/** words of this sentence that the reference sentence does not have, by sequence alignment */
	differences: Span[];
	statement: MemberStatement | null;
	/** cautious lexicon terms in the sentence (hedges, doubt, restraint) */
	hedges: string[];
	/** assertive lexicon terms in the sentence */
	boosters: string[];
}

export type WordingKind = 'verb' | 'hedge' | 'label' | 'quotation';

/** A way the members of a group are worded differently: one value per member (null when not applicable). */
export interface WordingDifference {
	kind: WordingKind;
	/** one line in plain English: "attribution verb: said / warned / admitted" */
	summary: string;
	/** parallel to `AlignedGroup.members` */
	values: (string | null)[];
}

/** Sentences of different articles that report the same thing. */
export interface AlignedGroup {
	id: number;
	/** a few content words every member shares, to name the group in lists ("studying everything") */
	label: string;
	/** index into `members` of the sentence the others are compared with (the most central one) */
	reference: number;
	/** at most one sentence per article, in article order */
	members: GroupMember[];
	/** articles that carry it (indexes), in order */
	articles: number[];
	/** articles that leave it out */
	missing: number[];
	differences: WordingDifference[];
}

export type FactKind = 'name' | 'number' | 'date';

export interface FactMention extends Span {
	article: number;
	sentence: SentenceRef;
	/** the value compared: a name as written, a number as a value with its qualifier, a date as written */
	value: string;
	/** what the value works out to, when that helps the check: a weekday counted back from the publication date */
	note: string | null;
}

/** Names, numbers or dates that disagree where outlets report the same thing: a "check this" item. */
export interface Divergence {
	id: number;
	kind: FactKind;
	/** what the mentions are about, in plain English: "the person called Admiral …", "citizens", "date of the interview" */
	about: string;
	/** why the mentions were paired: "the sentences report the same thing (group 3)" or "same title and first name" */
	reason: string;
	/** at least two mentions with different values */
	mentions: FactMention[];
	/** true when every mention is in one article (the article disagrees with itself) */
	withinArticle: boolean;
	/** the aligned group the mentions come from, when they do */
	group: number | null;
}

/** A passage of one article copied or lightly rewritten in another. */
export interface SharedPassage {
	/** article indexes, a < b */
	a: number;
	b: number;
	spanA: Span;
	spanB: Span;
	/** words in the passage of article a */
	words: number;
}

export interface ArticleOverlap {
	article: number;
	/** words of the body inside passages shared with any other article of the story */
	sharedWords: number;
	/** sharedWords / words */
	share: number;
}

/** What an article leaves out compared with the others. */
export interface Omission {
	article: number;
	/** sides quoted or reported by at least one other article and never by this one */
	sides: string[];
	/** groups carried by most of the other articles (and at least two), missing here */
	groups: number[];
}

export interface AlignmentArticle {
	path: string;
	outlet: string | null;
	words: number;
	sentences: number;
}

export interface StoryAlignment {
	articles: AlignmentArticle[];
	groups: AlignedGroup[];
	divergences: Divergence[];
	passages: SharedPassage[];
	overlap: ArticleOverlap[];
	omissions: Omission[];
	/** article x article content similarity (cosine of lemma tf-idf), 1 on the diagonal */
	similarity: number[][];
	/** the thresholds used, for the method note and exports */
	settings: AlignmentSettings;
}

export interface AlignmentSettings {
	/** minimum sentence similarity for two sentences to report the same thing */
	sentenceSimilarity: number;
	/** words in a row two articles must share for a shared passage */
	passageWords: number;
}
