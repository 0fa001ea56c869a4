import { findStatements, summarizeVoices, type CompiledActors } from '../statements';
import { matchLexicon, type CompiledLexicon } from '../lexicon';
import { scoreBody, scoreHeadline } from '../tone';
import { checkEnglish } from '../language';
import { readText, type Nlp } from '../text-doc';
import type { ArticleMeta, ArticleReport, HeadlineReport, HitMark, TextDoc } from '../types';
import { splitIgnored, staleMarkWarning } from './ignored-hits';
import { lexiconReport } from './lexicon-report';
import { countQuotedWords, quotedRanges } from './quoted-ranges';
import { summarizeSentences } from './sentence-summary';

/** What an article must give the engine: the file text as read and where its body lies in it. */
export interface ArticleInput {
	path: string;
	text: string;
	body: { start: number; end: number };
	meta: ArticleMeta;
	headline: { text: string; start: number | null; end: number | null; source: string } | null;
	/** hits a reader marked as wrong in this article: left out of every count, kept as evidence */
	ignoredHits?: readonly HitMark[];
}

/** The compiled word lists and actors a story is analysed with, plus the one wink instance. */
export interface Engine {
	nlp: Nlp;
	lexicon: CompiledLexicon;
	actors: CompiledActors;
}

export type AnalysisResult = { ok: true; report: ArticleReport } | { ok: false; reason: string; fix: string };

/** Below this, rates per 1,000 words swing wildly; the report says so. */
const SHORT_BODY = 120;

export function analyzeArticle(engine: Engine, input: ArticleInput): AnalysisResult {
	const read = readArticle(engine.nlp, input);
	if (!read.ok) return read;
	return { ok: true, report: reportArticle(engine, input, read) };
}

/**
 * What does not depend on the word lists or the actors: the text as wink reads it and the tone.
 * A lexicon editor reads each article once and calls `reportArticle` again on every edit.
 */
export interface ReadArticle {
	ok: true;
	doc: TextDoc;
	headline: HeadlineReport;
	body: { valence: number; alarm: number };
}

export function readArticle(nlp: Nlp, input: ArticleInput): ReadArticle | { ok: false; reason: string; fix: string } {
	const doc = readText(nlp, input.text, input.body.start, input.body.end);
	const refusal = refuse(doc, input.meta);
	if (refusal) return { ok: false, ...refusal };
	return { ok: true, doc, headline: headlineOf(nlp, input, doc), body: scoreBody(doc) };
}

export function reportArticle(engine: Engine, input: ArticleInput, read: ReadArticle): ArticleReport {
	const { doc, headline, body } = read;
	const statements = findStatements(doc, engine.actors);
	const ranges = quotedRanges(statements);
	const matched = matchLexicon(doc, engine.lexicon);
	const { kept, ignored, stale } = splitIgnored(matched.hits, input.ignoredHits, input.text);
	const lexicon = lexiconReport(
		kept,
		matched.negated,
		ranges,
		{ words: doc.words, quotedWords: countQuotedWords(doc, ranges) },
		ignored
	);

	const warnings: string[] = [];
	if (headline.inferred) warnings.push(`The article gives no headline; its ${headline.source}.`);
	if (doc.words < SHORT_BODY)
		warnings.push(`The body has only ${doc.words} words, so rates per 1,000 words are unstable.`);
	for (const mark of stale) warnings.push(staleMarkWarning(mark));

	return {
		path: input.path,
		outlet: input.meta.outlet,
		meta: input.meta,
		words: doc.words,
		body: { start: doc.start, end: doc.end },
		headline,
		tone: {
			bodyValence: body.valence,
			bodyAlarm: body.alarm,
			valenceGap: headline.valence - body.valence,
			alarmGap: headline.alarm - body.alarm
		},
		lexicon,
		statements,
		voices: summarizeVoices(statements, doc, engine.actors),
		sentences: summarizeSentences(doc, lexicon.hits, statements),
		warnings
	};
}

function refuse(doc: TextDoc, meta: ArticleMeta): { reason: string; fix: string } | null {
	const language = meta.language?.trim().toLowerCase();
	if (language && !/^(en|eng|english)([-_ ].*)?$/.test(language))
		return {
			reason: `its front matter says language "${meta.language}", and the lexicons and statement rules are English only`,
			fix: 'analyse an English version of the article, or set language: en if the text is English'
		};
	const english = checkEnglish(doc);
	if (!english.english)
		return {
			reason: `the text does not look like English (only ${Math.round(english.share * 100)}% of its words are common English words; English news runs at 30-50%), and the lexicons and statement rules are English only`,
			fix: 'analyse an English version of the article'
		};
	if (doc.words === 0 || doc.sentences.length === 0)
		return {
			reason: 'the body has no words or sentences to analyse',
			fix: 'check that the file holds the article text below its headline or front matter'
		};
	return null;
}

function headlineOf(nlp: Nlp, input: ArticleInput, doc: TextDoc): HeadlineReport {
	if (input.headline && input.headline.text.trim()) {
		return scoreHeadline(nlp, { ...input.headline, inferred: false });
	}
	const first = doc.sentences[0];
	return scoreHeadline(nlp, {
		text: doc.text.slice(first.start, first.end),
		start: first.start,
		inferred: true,
		source: 'headline was inferred from the first sentence of the body'
	});
}
