import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, defaultActors } from '$lib/analysis/engine';
import { analyzeArticle } from '$lib/analysis/report/analyze-article';
import { compareArticles, type StoryComparison } from '$lib/analysis/report/compare-articles';
import type { ArticleReport, LexiconData, SideDef } from '$lib/analysis/types';
import type { ParsedArticle, Problem } from '$lib/corpus';
import type { Story } from '$lib/corpus/parse-story';
import { ignoredHitsOf, storyLexicon } from '$lib/corpus/story-settings';
import { config } from './config';
import { loadStory, listStories } from './corpus-store';
import { getNlp } from './nlp';

export interface ArticleEntry {
	/** file name without extension: the article's address in the app */
	id: string;
	file: string;
	article: ParsedArticle | null;
	report: ArticleReport | null;
	/** why the article is not in the charts, in plain English */
	problems: Problem[];
}

export interface StoryAnalysis {
	slug: string;
	title: string;
	description: string;
	sides: SideDef[];
	/** the story's word lists: the defaults with the story's changes applied */
	lexicon: LexiconData;
	lexiconVersion: string;
	/** the story file as read (null when it could not be used), for the editors */
	story: Story | null;
	actorsVersion: string;
	entries: ArticleEntry[];
	/** reports of the articles that could be analysed, in file order */
	reports: ArticleReport[];
	comparison: StoryComparison;
	problems: Problem[];
}

const cache = new Map<string, { signature: string; analysis: StoryAnalysis }>();

/** Names, sizes and modification times of a story's files: any edit on disk changes it. */
function signatureOf(dir: string): string {
	const parts: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const stat = statSync(join(dir, name), { throwIfNoEntry: false });
		if (stat) parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
	}
	return parts.join('|');
}

export function storySlugs(): string[] {
	return listStories(config.corpusDir);
}

/** The analysed story, from cache unless a file in its folder changed. Null when there is no such story. */
export function getStoryAnalysis(slug: string): StoryAnalysis | null {
	if (!storySlugs().includes(slug)) return null;
	const dir = join(config.corpusDir, slug);
	const signature = signatureOf(dir);
	const hit = cache.get(slug);
	if (hit && hit.signature === signature) return hit.analysis;
	const analysis = analyzeStory(slug);
	cache.set(slug, { signature, analysis });
	return analysis;
}

function analyzeStory(slug: string): StoryAnalysis {
	const loaded = loadStory(config.corpusDir, slug);
	const nlp = getNlp();
	const lexicon = storyLexicon(loaded.story);
	const actors = loaded.story?.actors ?? defaultActors;
	const engine = createEngine(nlp, { lexicon, actors });
	const entries: ArticleEntry[] = loaded.articles.map(({ file, article, problems }) => {
		const id = file.replace(/\.[^.]+$/, '');
		if (!article) return { id, file, article, report: null, problems };
		const result = analyzeArticle(engine, { ...article, path: `${slug}/${file}`, ignoredHits: ignoredHitsOf(loaded.story, file) });
		if (result.ok) return { id, file, article, report: result.report, problems };
		return {
			id,
			file,
			article,
			report: null,
			problems: [...problems, { file, message: result.reason, fix: result.fix }]
		};
	});
	const reports = entries.flatMap((e) => (e.report ? [e.report] : []));
	const sides = actors.sides;
	return {
		slug,
		title: loaded.story?.title ?? slug,
		description: loaded.story?.description ?? '',
		sides,
		lexicon,
		lexiconVersion: lexicon.version,
		story: loaded.story,
		actorsVersion: actors.version,
		entries,
		reports,
		comparison: compareArticles(reports, sides),
		problems: loaded.problems
	};
}
