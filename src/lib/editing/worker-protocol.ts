import type { ArticleInput } from '$lib/analysis/report/analyze-article';
import type { ActorsData, LexiconData } from '$lib/analysis/types';
import type { StoryFigures } from './figures';

/** Messages to the analysis worker. */
export type WorkerRequest =
	| { type: 'load'; articles: ArticleInput[] }
	/** analyse every loaded article with these lists (only a list that changed is compiled again) */
	| { type: 'analyze'; id: number; lexicon: LexiconData; actors: ActorsData };

/** Messages from the analysis worker. */
export type WorkerResponse =
	| { type: 'loaded'; modelMs: number; readMs: number; articles: number; refused: { path: string; reason: string }[] }
	| { type: 'result'; id: number; ms: number; figures: StoryFigures; problems: string[] }
	| { type: 'error'; id: number | null; message: string };
