// Test support only: the bundled story analysed the way the server analyses it.
import { resolve } from 'node:path';
import { createEngine, defaultActors } from '../../analysis/engine';
import { analyzeArticle } from '../../analysis/report/analyze-article';
import { compareArticles } from '../../analysis/report/compare-articles';
import { createNlp } from '../../analysis/nlp';
import type { ArticleReport, SideDef } from '../../analysis/types';
import { loadStory } from '../../server/corpus-store';

export const CORPUS = resolve(import.meta.dirname, '../../../../corpus');
export const STORY = 'nato-proactive-2025';

let cached: { reports: ArticleReport[]; texts: Map<string, string>; sides: SideDef[] } | null = null;

export function realStory() {
	if (cached) return { ...cached, comparison: compareArticles(cached.reports, cached.sides) };
	const loaded = loadStory(CORPUS, STORY);
	const actors = loaded.story?.actors ?? defaultActors;
	const engine = createEngine(createNlp(), { actors });
	const reports: ArticleReport[] = [];
	const texts = new Map<string, string>();
	for (const { file, article } of loaded.articles) {
		if (!article) continue;
		const result = analyzeArticle(engine, { ...article, path: `${STORY}/${file}` });
		if (!result.ok) continue;
		reports.push(result.report);
		texts.set(result.report.path, article.text);
	}
	cached = { reports, texts, sides: actors.sides };
	return { ...cached, comparison: compareArticles(reports, actors.sides) };
}
