import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const STORY = 'nato-proactive-2025';
let root: string;
let original: string;
let marks: typeof import('./hit-marks');
let analysis: typeof import('./story-analysis');
let editing: typeof import('./editing');

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'hit-marks-'));
	cpSync(resolve(import.meta.dirname, '../../../corpus', STORY), join(root, STORY), { recursive: true });
	original = readFileSync(join(root, STORY, 'story.yaml'), 'utf8');
	// config reads the corpus folder from the environment when it is first imported
	process.env.FRAMING_CORPUS_DIR = root;
	marks = await import('./hit-marks');
	analysis = await import('./story-analysis');
	editing = await import('./editing');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const form = (fields: Record<string, string | number>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
	return f;
};
const report = () => analysis.getStoryAnalysis(STORY)!.entries.find((e) => e.id === 'archyde')!.report!;
const yaml = () => parse(readFileSync(join(root, STORY, 'story.yaml'), 'utf8'));

describe('markHitWrong and unmarkHit', () => {
	it('marks a counted hit, which then leaves every count, and unmarking restores it', async () => {
		const before = report();
		const hit = before.lexicon.hits[0];
		const result = await marks.markHitWrong(STORY, 'archyde', form({ start: hit.start, end: hit.end, text: hit.text, note: '  the   month ' }));
		expect(result).toEqual({ marked: { start: hit.start, end: hit.end } });
		expect(yaml().ignoredHits).toEqual([{ article: 'archyde.md', start: hit.start, end: hit.end, term: hit.term, text: hit.text, note: 'the month' }]);
		const after = report();
		expect(after.lexicon[hit.category].count).toBe(before.lexicon[hit.category].count - 1);
		expect(after.lexicon.ignored).toHaveLength(1);

		// a marked hit is no longer counted, so it cannot be marked twice
		const again = (await marks.markHitWrong(STORY, 'archyde', form({ start: hit.start, end: hit.end, text: hit.text }))) as { status: number };
		expect(again.status).toBe(409);
		expect(yaml().ignoredHits).toHaveLength(1);

		expect(await marks.unmarkHit(STORY, 'archyde', form({ start: hit.start, end: hit.end, text: hit.text }))).toEqual({ unmarked: { start: hit.start, end: hit.end } });
		expect(yaml()).not.toHaveProperty('ignoredHits');
		expect(report().lexicon[hit.category].count).toBe(before.lexicon[hit.category].count);
	});

	it.each([
		['offsets that are not numbers', { start: 'x', end: 3, text: 'a' }, 400, /character offsets/],
		['an empty span', { start: 5, end: 5, text: '' }, 400, /character offsets/],
		['a span that is not a hit', { start: 0, end: 3, text: '---' }, 409, /no longer counted/]
	])('refuses %s', async (_name, fields, status, message) => {
		const result = (await marks.markHitWrong(STORY, 'archyde', form(fields))) as { status: number; data: { problems: string[] } };
		expect(result.status).toBe(status);
		expect(result.data.problems[0]).toMatch(message);
		expect(readFileSync(join(root, STORY, 'story.yaml'), 'utf8')).toBe(original);
	});

	it('refuses a hit whose text does not match, and an unknown article', async () => {
		const hit = report().lexicon.hits[0];
		const wrongText = (await marks.markHitWrong(STORY, 'archyde', form({ start: hit.start, end: hit.end, text: 'other' }))) as { status: number };
		expect(wrongText.status).toBe(409);
		const unknown = (await marks.markHitWrong(STORY, 'nope', form({ start: hit.start, end: hit.end, text: hit.text }))) as { status: number };
		expect(unknown.status).toBe(404);
	});

	it('says why when the story file is broken, and leaves it alone', async () => {
		const hit = report().lexicon.hits[0];
		writeFileSync(join(root, STORY, 'story.yaml'), 'title: T\nlexicon: [broken]\n');
		const result = (await marks.markHitWrong(STORY, 'archyde', form({ start: hit.start, end: hit.end, text: hit.text }))) as {
			status: number;
			data: { problems: string[] };
		};
		expect(result.status).toBe(400);
		expect(result.data.problems[0]).toMatch(/has a problem, so it was not changed: .*lexicon/);
		expect(editing.storyFileProblem(analysis.getStoryAnalysis(STORY)!)).toMatch(/lexicon/);
		writeFileSync(join(root, STORY, 'story.yaml'), original);
	});
});

describe('articleInputs', () => {
	it('gives the worker every readable article with its marks', async () => {
		const hit = report().lexicon.hits[2];
		await marks.markHitWrong(STORY, 'archyde', form({ start: hit.start, end: hit.end, text: hit.text }));
		const inputs = editing.articleInputs(analysis.getStoryAnalysis(STORY)!);
		expect(inputs.map((i) => i.path)).toEqual(['archyde', 'defence24', 'expressive-info', 'illustrated-daily-news', 'rbc-ukraine'].map((f) => `${STORY}/${f}.md`));
		expect(inputs[0].ignoredHits).toEqual([expect.objectContaining({ start: hit.start, text: hit.text })]);
		expect(inputs[1].ignoredHits).toEqual([]);
		writeFileSync(join(root, STORY, 'story.yaml'), original);
	});
});
