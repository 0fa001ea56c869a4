import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '$lib/analysis/engine';
import { defaultLexicon } from '$lib/analysis/lexicon';
import { createNlp } from '$lib/analysis/nlp';
import { analyzeArticle, type ArticleInput } from '$lib/analysis/report/analyze-article';
import type { ActorsData, ArticleReport, LexiconData } from '$lib/analysis/types';
import { loadStory } from '$lib/server/corpus-store';
import { storyFigures } from './figures';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const CORPUS = resolve(import.meta.dirname, '../../../corpus');
const posted: WorkerResponse[] = [];
const scope = { postMessage: (m: WorkerResponse) => posted.push(m), onmessage: null as null | ((e: { data: WorkerRequest }) => void) };
const send = (data: WorkerRequest) => {
	scope.onmessage!({ data });
	return posted.at(-1)!;
};

let articles: ArticleInput[];
let actors: ActorsData;
beforeAll(async () => {
	// the worker module talks to `self`; here `self` is a stand-in that records what it posts
	(globalThis as unknown as { self: typeof scope }).self = scope;
	await import('./analysis.worker');
	const story = loadStory(CORPUS, 'nato-proactive-2025');
	actors = story.story!.actors;
	articles = story.articles.map(({ file, article }) => ({ ...article!, path: `nato-proactive-2025/${file}` }));
});

describe('the analysis worker', () => {
	it('refuses to analyse before the articles are loaded', () => {
		expect(send({ type: 'analyze', id: 1, lexicon: defaultLexicon, actors })).toMatchObject({ type: 'error', id: 1, message: /not loaded/ });
	});

	it('loads the articles once and reports how long that took', () => {
		expect(send({ type: 'load', articles })).toMatchObject({ type: 'loaded', articles: 5, refused: [], modelMs: expect.any(Number), readMs: expect.any(Number) });
	});

	it('gives the figures the server computes for the same lists', () => {
		const engine = createEngine(createNlp(), { lexicon: defaultLexicon, actors });
		const reports = articles.map((a) => (analyzeArticle(engine, a) as { report: ArticleReport }).report);
		const result = send({ type: 'analyze', id: 2, lexicon: defaultLexicon, actors });
		expect(result).toMatchObject({ type: 'result', id: 2, problems: [] });
		expect(result.type === 'result' && result.figures).toEqual(storyFigures(reports));
	});

	it('follows an edit of the word lists and of the actors', () => {
		const lexicon: LexiconData = structuredClone(defaultLexicon);
		lexicon.poles.assertive.subcategories.force.terms.push('cyber', 'may [month]');
		const edited = send({ type: 'analyze', id: 3, lexicon, actors });
		if (edited.type !== 'result') throw new Error(edited.type);
		expect(edited.figures.termHits['assertive\u0000force\u0000cyber']).toBeGreaterThan(0);
		expect(edited.problems.join('\n')).toMatch(/unknown sense \[month\]/);

		const moved: ActorsData = structuredClone(actors);
		moved.sides.find((s) => s.id === 'nato')!.sources = [];
		const silenced = send({ type: 'analyze', id: 4, lexicon, actors: moved });
		if (silenced.type !== 'result') throw new Error(silenced.type);
		expect(silenced.figures.sideStatements.nato ?? 0).toBeLessThan(edited.figures.sideStatements.nato);
	});

	it('applies the hits marked wrong that come with an article', () => {
		const first = send({ type: 'analyze', id: 5, lexicon: defaultLexicon, actors });
		if (first.type !== 'result') throw new Error(first.type);
		const engine = createEngine(createNlp(), { lexicon: defaultLexicon, actors });
		const hit = (analyzeArticle(engine, articles[0]) as { report: ArticleReport }).report.lexicon.hits[0];
		send({ type: 'load', articles: [{ ...articles[0], ignoredHits: [{ start: hit.start, end: hit.end, text: hit.text }] }, ...articles.slice(1)] });
		const marked = send({ type: 'analyze', id: 6, lexicon: defaultLexicon, actors });
		if (marked.type !== 'result') throw new Error(marked.type);
		expect(marked.figures.articles[0][hit.category].count).toBe(first.figures.articles[0][hit.category].count - 1);
	});
});
