import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../analysis/engine';
import { createNlp } from '../../analysis/nlp';
import type { ActorsData } from '../../analysis/types';
import { parseArticle } from '../../corpus/parse-article';
import { prepareFile, preparePaste, type PreparedArticle } from './prepare-article';
import { existingArticles, importNotes, previewArticle, previewBatch, type StoryContext } from './preview';

const nlp = createNlp();
const page = prepareFile('harbour.html', readFileSync(new URL('./fixtures/furniture-page.html', import.meta.url))).article!;
const paste = (text: string) => preparePaste(text).article as PreparedArticle;

const context = (over: Partial<StoryContext> = {}): StoryContext => ({
	slug: 'test-story',
	engine: createEngine(nlp),
	existing: [],
	taken: new Set(['the-harbour-post']),
	today: '2026-01-05',
	...over
});

describe('previewArticle', () => {
	it('names the file freely, writes notes, and analyses the file exactly as Save writes it', () => {
		const preview = previewArticle(page, context());
		expect(preview.id).toBe('the-harbour-post-2');
		expect(preview.meta.notes).toBe(
			'Imported from the file harbour.html on 2026-01-05.\nRemoved on import: cookie notice, language switcher, breadcrumb, byline, share buttons, read-more teaser, ad-blocker notice, related-articles heading, related-article list (2 lines), copyright line.'
		);
		const reread = parseArticle('x.md', preview.text).article!;
		expect(reread.meta).toEqual(preview.meta);
		expect(reread.text.slice(reread.body.start, reread.body.end)).toBe(preview.body);
		const report = preview.report!;
		expect(report.path).toBe('test-story/the-harbour-post-2.md');
		expect(report.headline.text).toBe('Alliance weighs tougher line on sabotage');
		expect(report.statements.length).toBeGreaterThan(0);
		for (const hit of report.lexicon.hits) expect(preview.text.slice(hit.start, hit.end)).toBe(hit.text);
		expect(preview.duplicateOf).toBeNull();
	});

	it("uses the story's actors: a speaker is on the side the story's list gives", () => {
		const text = 'Moscow responds\n\nThe Kremlin said the remarks were irresponsible and dangerous for everyone.';
		const withDefault = previewArticle(paste(text), context());
		expect(Object.keys(withDefault.report!.voices)).toContain('russia');
		const only: ActorsData = { version: 't', fallback: 'other', sides: [{ id: 'other', label: 'Other', sources: [] }, { id: 'kremlin-side', label: 'K', sources: ['Kremlin'] }] };
		const custom = previewArticle(paste(text), context({ engine: createEngine(nlp, { actors: only }) }));
		expect(custom.report!.voices['kremlin-side']?.statements).toBe(1);
		expect(custom.report!.voices['russia']).toBeUndefined();
	});

	it('applies the user\'s corrections and a chosen file name', () => {
		const preview = previewArticle(page, context(), { id: 'harbour', meta: { outlet: 'Harbour Post', published: '2025-12-04', headline: 'A new headline' } });
		expect(preview.id).toBe('harbour');
		expect(preview.text).toContain('outlet: Harbour Post\nheadline: A new headline\n');
		expect(preview.report!.headline.text).toBe('A new headline');
	});

	it('refuses an article whose file would be larger than the corpus reads', () => {
		const body = 'The minister said so. '.repeat(95_300) + 'x'.repeat(540);
		const big = paste(`Huge\n\n${body}`);
		const preview = previewArticle(big, context(), {}, { analyze: false });
		expect(Buffer.byteLength(preview.text)).toBeGreaterThan(2 * 1024 * 1024);
		expect(preview.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/would be a file of 2\.0 MB, more than the 2 MB the corpus reads/) }));
	});

	it('keeps an article the engine refuses, with the reason as a warning', () => {
		const german = previewArticle(paste('---\nlanguage: de\n---\nDer Minister sagte, die Gespräche würden fortgesetzt.'), context());
		expect(german.report).toBeNull();
		expect(german.problems[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/analysis refuses it: .*language "de"/) });
	});
});

describe('previewBatch', () => {
	it('catches duplicates against the story and within the same batch, and never reuses a name', () => {
		const existing = existingArticles([
			{ file: 'harbour.md', article: parseArticle('harbour.md', previewArticle(page, context()).text).article, problems: [] },
			{ file: 'broken.md', article: null, problems: [] }
		]);
		expect(existing.map((e) => e.id)).toEqual(['harbour']);
		const other = paste('Grain exports rise\n\nGrain exports through the Black Sea rose for a third month, port officials said on Friday.');
		const previews = previewBatch([page, other, other], context({ existing }));
		expect(previews.map((p) => p.id)).toEqual(['the-harbour-post-2', 'grain-exports-rise', 'grain-exports-rise-2']);
		expect(previews[0].duplicateOf).toMatchObject({ id: 'harbour', kind: 'same-text' });
		expect(previews[1].duplicateOf).toBeNull();
		expect(previews[2].duplicateOf).toMatchObject({ id: 'grain-exports-rise', kind: 'same-text' });
	});
});

describe('importNotes', () => {
	it('keeps notes the source already had', () => {
		expect(importNotes({ ...paste('H\n\nBody text.'), meta: { ...paste('H\n\nBody text.').meta, notes: 'From the archive.' } }, '2026-01-01')).toBe(
			'From the archive.\nImported from pasted text on 2026-01-01.\nNothing was removed as page furniture.'
		);
	});
});
