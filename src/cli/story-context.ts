import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseStory } from '../lib/corpus';
import type { Problem } from '../lib/corpus';
import type { Story } from '../lib/corpus/parse-story';
import { ignoredHitsOf, storyLexicon } from '../lib/corpus/story-settings';
import { createEngine } from '../lib/analysis/engine';
import type { Engine } from '../lib/analysis/report/analyze-article';
import type { Nlp } from '../lib/analysis/text-doc';
import type { HitMark } from '../lib/analysis/types';

/**
 * An article inside a story folder is analysed with that story's actors, word lists and hits marked
 * wrong, exactly as the dashboard does; a loose article with the defaults. One engine per folder, compiled once.
 */
export function storyEngines(nlp: Nlp) {
	const byDir = new Map<string, { engine: Engine; problems: Problem[]; story: Story | null }>();
	let fallback: Engine | null = null;
	const defaults = () => (fallback ??= createEngine(nlp));
	return (file: string): { engine: Engine; problems: Problem[]; ignoredHits: HitMark[] } => {
		const dir = dirname(file);
		let entry = byDir.get(dir);
		if (!entry) {
			entry = { engine: defaults(), problems: [], story: null };
			for (const name of ['story.yaml', 'story.yml', 'story.json']) {
				const path = join(dir, name);
				if (!existsSync(path)) continue;
				const { story, problems } = parseStory(path, readFileSync(path, 'utf8'));
				const engine = story ? createEngine(nlp, { actors: story.actors, lexicon: storyLexicon(story) }) : defaults();
				entry = { engine, problems, story };
				break;
			}
			byDir.set(dir, entry);
		}
		return { engine: entry.engine, problems: entry.problems, ignoredHits: ignoredHitsOf(entry.story, basename(file)) };
	};
}
