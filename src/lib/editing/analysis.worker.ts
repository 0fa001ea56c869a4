/// <reference lib="webworker" />
/**
 * The analysis engine in a worker, for the editors' live preview: the wink model loads here once,
 * each article is read once, and every edit re-runs the same report code the server runs.
 * Only this worker imports the model, so no page bundle carries it.
 */
import { compileLexicon, type CompiledLexicon } from '$lib/analysis/lexicon';
import { createNlp } from '$lib/analysis/nlp';
import { compileActors, type CompiledActors } from '$lib/analysis/statements';
import { readArticle, reportArticle, type ArticleInput, type ReadArticle } from '$lib/analysis/report/analyze-article';
import type { Nlp } from '$lib/analysis/text-doc';
import type { ActorsData, LexiconData } from '$lib/analysis/types';
import { storyFigures } from './figures';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let nlp: Nlp | null = null;
let articles: { input: ArticleInput; read: ReadArticle }[] = [];
// the lists last compiled, kept with their JSON so an edit of one list does not recompile the other
let lexicon: { json: string; compiled: CompiledLexicon } | null = null;
let actors: { json: string; compiled: CompiledActors } | null = null;

const post = (message: WorkerResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	try {
		if (request.type === 'load') load(request.articles);
		else analyze(request.id, request.lexicon, request.actors);
	} catch (error) {
		post({ type: 'error', id: request.type === 'analyze' ? request.id : null, message: error instanceof Error ? error.message : String(error) });
	}
};

function load(inputs: ArticleInput[]) {
	const t0 = performance.now();
	nlp ??= createNlp();
	const t1 = performance.now();
	const refused: { path: string; reason: string }[] = [];
	articles = [];
	for (const input of inputs) {
		const read = readArticle(nlp, input);
		if (read.ok) articles.push({ input, read });
		else refused.push({ path: input.path, reason: read.reason });
	}
	post({ type: 'loaded', modelMs: t1 - t0, readMs: performance.now() - t1, articles: articles.length, refused });
}

function analyze(id: number, lexiconData: LexiconData, actorsData: ActorsData) {
	if (!nlp) throw new Error('the articles are not loaded yet');
	const t0 = performance.now();
	const lexiconJson = JSON.stringify(lexiconData);
	if (lexicon?.json !== lexiconJson) lexicon = { json: lexiconJson, compiled: compileLexicon(nlp, lexiconData) };
	const actorsJson = JSON.stringify(actorsData);
	if (actors?.json !== actorsJson) actors = { json: actorsJson, compiled: compileActors(actorsData) };
	const engine = { nlp, lexicon: lexicon.compiled, actors: actors.compiled };
	const reports = articles.map(({ input, read }) => reportArticle(engine, input, read));
	post({ type: 'result', id, ms: performance.now() - t0, figures: storyFigures(reports), problems: engine.lexicon.problems });
}
