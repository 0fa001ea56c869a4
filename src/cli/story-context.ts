import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseStory } from '../lib/corpus';
import type { Problem } from '../lib/corpus';
import { createEngine } from '../lib/analysis/engine';
import type { Engine } from '../lib/analysis/report/analyze-article';
import type { Nlp } from '../lib/analysis/text-doc';

/**
 * An article inside a story folder is analysed with that story's actors and word lists;
 * a loose article with the defaults. One engine per folder, compiled once.
 */
export function storyEngines(nlp: Nlp) {
	const byDir = new Map<string, { engine: Engine; problems: Problem[] }>();
	const fallback = createEngine(nlp);
	return (file: string) => {
		const dir = dirname(file);
		let entry = byDir.get(dir);
		if (!entry) {
			entry = { engine: fallback, problems: [] };
			for (const name of ['story.yaml', 'story.yml', 'story.json']) {
				const path = join(dir, name);
				if (!existsSync(path)) continue;
				const { story, problems } = parseStory(path, readFileSync(path, 'utf8'));
				entry = { engine: story ? createEngine(nlp, { actors: story.actors }) : fallback, problems };
				break;
			}
			byDir.set(dir, entry);
		}
		return entry;
	};
}
