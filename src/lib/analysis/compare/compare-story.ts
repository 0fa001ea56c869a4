import type { CompiledActors } from '../statements';
import type { ArticleReport, TextDoc } from '../types';
import { alignSentences, sentenceSimilarity } from './align-sentences';
import { findDivergences } from './divergences';
import { defaultFactWords, readFacts, type FactWords } from './facts';
import { buildGroup } from './group-members';
import { findOmissions } from './omissions';
import { sentenceUnits, type SentenceUnit } from './sentence-units';
import { findSharedPassages } from './shared-passages';
import { articleSimilarity } from './article-similarity';
import type { AlignmentSettings, StoryAlignment } from './types';

/** An analysed article with the text as wink read it: what the comparison works on. */
export interface CompareInput {
	doc: TextDoc;
	report: ArticleReport;
}

export interface CompareOptions {
	actors: CompiledActors;
	/** side ids and labels, for plain-English differences ("Russia named as: …") */
	sides: { id: string; label: string }[];
	settings?: Partial<AlignmentSettings>;
	factWords?: FactWords;
}

export const defaultAlignmentSettings: AlignmentSettings = { sentenceSimilarity: 0.25, passageWords: 8 };

/**
 * Compares the articles of one story: which sentences report the same thing and how their wording
 * differs, which names, numbers and dates disagree, which passages are shared, what each article
 * leaves out, and how similar each pair of articles is. Pure: the same call serves CLI, server and tests.
 */
export function compareStory(inputs: CompareInput[], options: CompareOptions): StoryAlignment {
	const settings = { ...defaultAlignmentSettings, ...options.settings };
	const units: SentenceUnit[] = inputs.flatMap((input, article) => sentenceUnits(article, input.doc, input.report));
	const texts = inputs.map((i) => i.doc.text);
	const sideLabel = (id: string) => options.sides.find((s) => s.id === id)?.label ?? id;

	const similarity = sentenceSimilarity(units);
	const aligned = alignSentences(units, { threshold: settings.sentenceSimilarity, minShared: 2, similarity });
	const groups = aligned.map((g, id) =>
		buildGroup(id, g.members, units, texts, inputs.length, g.similarity, { actors: options.actors, sideLabel })
	);
	const groupOf = new Map<number, number>();
	aligned.forEach((g, id) => {
		for (const u of g.members) groupOf.set(u, id);
	});

	const articleSimilarities = articleSimilarity(units, inputs.length);
	const divergences = findDivergences(readFacts(units, options.factWords ?? defaultFactWords), {
		units,
		groupOf,
		similarity,
		threshold: settings.sentenceSimilarity,
		articles: articleSimilarities,
		published: inputs.map((i) => i.report.meta.published)
	});
	const { passages, overlap } = findSharedPassages(
		inputs.map((input, article) => {
			const words = units.filter((u) => u.ref.article === article).flatMap((u) => u.words);
			return { text: input.doc.text, keys: words.map((w) => w.key), starts: words.map((w) => w.start), ends: words.map((w) => w.end) };
		}),
		settings.passageWords
	);

	return {
		articles: inputs.map(({ report, doc }) => ({ path: report.path, outlet: report.outlet, words: report.words, sentences: doc.sentences.length })),
		groups,
		divergences,
		passages,
		overlap,
		omissions: findOmissions(inputs.map((i) => i.report), groups, options.sides.map((s) => s.id)),
		similarity: articleSimilarities,
		settings
	};
}
