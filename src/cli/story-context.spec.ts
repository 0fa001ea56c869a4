import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import defaultActors from '../lib/analysis/data/actors.default.json';
import { createNlp } from '../lib/analysis/nlp';
import type { Nlp } from '../lib/analysis/text-doc';
import type { ArticleReport } from '../lib/analysis/types';
import { analyzeFile } from './analyze';
import { storyEngines } from './story-context';

const SOURCE = resolve(import.meta.dirname, '../../corpus/nato-proactive-2025');
const FILE = 'archyde.md';

let nlp: Nlp;
let plain: ArticleReport;
beforeAll(() => {
	nlp = createNlp();
	const loose = mkdtempSync(join(tmpdir(), 'framing-story-context-'));
	copyFileSync(join(SOURCE, FILE), join(loose, FILE));
	plain = analyzeFile(join(loose, FILE), storyEngines(nlp)).report!;
});

/** A story folder holding the article and a story.yaml with the given extra keys. */
function storyWith(extra: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'framing-story-context-'));
	copyFileSync(join(SOURCE, FILE), join(dir, FILE));
	writeFileSync(join(dir, 'story.yaml'), stringify({ title: 'T', actors: defaultActors, ...extra }));
	return join(dir, FILE);
}

describe('storyEngines', () => {
	it('applies the story word-list changes, as the dashboard does', () => {
		const term = plain.lexicon.hits[0].term;
		const { subcategory, category } = plain.lexicon.hits[0];
		const file = storyWith({ lexicon: { [category]: { [subcategory]: { remove: [term] } } } });
		const result = analyzeFile(file, storyEngines(nlp));
		expect(result.storyProblems).toEqual([]);
		const report = result.report!;
		const removed = plain.lexicon.hits.filter((h) => h.term === term).length;
		expect(report.lexicon[category].count).toBe(plain.lexicon[category].count - removed);
		expect(report.lexicon.hits.some((h) => h.term === term)).toBe(false);
	});

	it('leaves out the hits marked wrong in that article only', () => {
		const hit = plain.lexicon.hits[0];
		const mark = { start: hit.start, end: hit.end, term: hit.term, text: hit.text };
		const second = plain.lexicon.hits[1];
		const elsewhere = { article: 'other.md', start: second.start, end: second.end, term: second.term, text: second.text };
		const file = storyWith({ ignoredHits: [{ article: FILE, ...mark }, elsewhere] });
		const report = analyzeFile(file, storyEngines(nlp)).report!;
		expect(report.lexicon[hit.category].count).toBe(plain.lexicon[hit.category].count - 1);
		expect(report.lexicon.ignored.map((h) => h.start)).toEqual([hit.start]);
		expect(report.lexicon.hits).toHaveLength(plain.lexicon.hits.length - 1);
	});

	it('falls back to the defaults, and passes on the problems, when the story file is broken', () => {
		const file = storyWith({ lexicon: { neutral: {} } });
		const result = analyzeFile(file, storyEngines(nlp));
		expect(result.storyProblems.map((p) => p.field)).toEqual(['lexicon']);
		expect(result.report!.lexicon.hits).toEqual(plain.lexicon.hits);
	});
});
