import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, defaultActors } from '../../analysis/engine';
import type { Engine } from '../../analysis/report/analyze-article';
import type { ActorsData, SideDef } from '../../analysis/types';
import { parseStory, STORY_FILES } from '../../corpus/parse-story';
import { config } from '../config';
import { getNlp } from '../nlp';
import { getStoryAnalysis, type StoryAnalysis } from '../story-analysis';
import type { ExistingArticle } from './duplicates';
import { existingArticles, type StoryContext } from './preview';
import { takenNames } from './safe-names';

/**
 * The server's view of a story for an import: the cached analysis gives the articles, the story
 * file gives the actors. Engines and duplicate candidates live as long as the cached analysis,
 * which is replaced whenever a file of the story changes.
 */
const engines = new WeakMap<StoryAnalysis, Engine>();
const candidates = new WeakMap<StoryAnalysis, ExistingArticle[]>();

export interface ServerStory {
	slug: string;
	title: string;
	dir: string;
	articles: number;
	sides: SideDef[];
	context: StoryContext;
}

export function serverStory(slug: string): ServerStory | null {
	const analysis = getStoryAnalysis(slug);
	if (!analysis) return null;
	const dir = join(config.corpusDir, slug);
	let engine = engines.get(analysis);
	if (!engine) {
		engine = createEngine(getNlp(), { lexicon: analysis.lexicon, actors: storyActors(dir) });
		engines.set(analysis, engine);
	}
	let existing = candidates.get(analysis);
	if (!existing) {
		existing = existingArticles(analysis.entries);
		candidates.set(analysis, existing);
	}
	let names: string[] = [];
	try {
		names = readdirSync(dir);
	} catch {
		// the folder went away; saving will say so
	}
	return {
		slug,
		title: analysis.title,
		dir,
		articles: analysis.entries.length,
		sides: analysis.sides,
		context: { slug, engine, existing, taken: takenNames(names), today: new Date().toISOString().slice(0, 10) }
	};
}

/** The actors the dashboard analyses the story with (the same fallback to the defaults as the loader). */
function storyActors(dir: string): ActorsData {
	for (const name of STORY_FILES) {
		const path = join(dir, name);
		if (!existsSync(path)) continue;
		try {
			return parseStory(name, readFileSync(path, 'utf8')).story?.actors ?? defaultActors;
		} catch {
			return defaultActors;
		}
	}
	return defaultActors;
}

/** The request body limit of the Node server (adapter-node's BODY_SIZE_LIMIT, 512 KB unless set). */
export function requestBodyLimit(env: Record<string, string | undefined> = process.env): number {
	const value = (env.BODY_SIZE_LIMIT ?? '512K').trim();
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
	const bytes = Number(unit ? value.slice(0, -1) : value) * (unit ?? 1);
	return Number.isNaN(bytes) ? 512 * 1024 : bytes;
}
