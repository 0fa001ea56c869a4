import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, defaultActors } from '../../analysis/engine';
import { createNlp } from '../../analysis/nlp';
import { loadStory } from '../corpus-store';
import { saveImport, startImport, updateImport, type SessionStory } from './import-session';
import { preparePaste, type PreparedArticle } from './prepare-article';
import { existingArticles } from './preview';
import type { PreviewView } from './preview-view';
import { takenNames } from './safe-names';

const nlp = createNlp();
const engine = createEngine(nlp);
let root: string;
let dir: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'import-session-'));
	dir = join(root, 'story');
	mkdirSync(dir);
	writeFileSync(join(dir, 'story.yaml'), 'title: Story\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function story(): SessionStory {
	const loaded = loadStory(root, 'story');
	return {
		slug: 'story',
		dir,
		sides: defaultActors.sides,
		context: { slug: 'story', engine, existing: existingArticles(loaded.articles), taken: takenNames(readdirSync(dir)), today: '2026-01-05' }
	};
}

const paste = (text: string) => preparePaste(text).article as PreparedArticle;
const GRAIN = paste('Grain exports rise\n\nGrain exports through the Black Sea rose for a third month, port officials said on Friday.');
const TALKS = paste('Talks to resume\n\nThe minister said the talks would resume next week, and that the Kremlin had agreed to the date.');

/** The form the preview page would post: every field as shown, ticks as given. */
function formOf(view: PreviewView, change: Record<string, string | null> = {}): FormData {
	const form = new FormData();
	form.set('token', view.token);
	for (const item of view.items) {
		for (const [key, value] of Object.entries(item.values)) form.set(`${key}.${item.index}`, value);
		if (item.save) form.set(`save.${item.index}`, 'on');
		if (item.replace) form.set(`replace.${item.index}`, 'on');
		form.set(`dup.${item.index}`, item.duplicate?.id ?? '');
		form.set(`suggested.${item.index}`, item.suggestedName);
	}
	for (const [key, value] of Object.entries(change)) (value === null ? form.delete(key) : form.set(key, value));
	return form;
}

describe('an import session', () => {
	it('previews with figures, then saves every ticked article as a file the corpus reads', async () => {
		const view = startImport(story(), [GRAIN, TALKS], []);
		expect(view.items.map((i) => [i.values.name, i.save, i.duplicate])).toEqual([
			['grain-exports-rise', true, null],
			['talks-to-resume', true, null]
		]);
		expect(view.items[1].figures).toMatchObject({ statements: expect.any(Number), voices: expect.arrayContaining([expect.objectContaining({ id: 'russia' })]) });
		const outcome = await saveImport(story(), view.token, formOf(view, { 'outlet.0': 'Port News', 'published.0': '2025-12-05' }));
		expect(outcome).toEqual({
			kind: 'saved',
			saved: [
				{ source: 'pasted text', file: 'port-news.md', href: '/stories/story/articles/port-news', replaced: false },
				{ source: 'pasted text', file: 'talks-to-resume.md', href: '/stories/story/articles/talks-to-resume', replaced: false }
			],
			skipped: []
		});
		const loaded = loadStory(root, 'story');
		expect(loaded.articles.map((a) => [a.file, a.article?.meta.outlet, a.article?.meta.published])).toEqual([
			['port-news.md', 'Port News', '2025-12-05'],
			['talks-to-resume.md', null, null]
		]);
		// the token is spent: posting the same form again saves nothing twice
		expect(await saveImport(story(), view.token, formOf(view))).toEqual({ kind: 'expired' });
		expect(readdirSync(dir).sort()).toEqual(['port-news.md', 'story.yaml', 'talks-to-resume.md']);
	});

	it('does not add a duplicate unless "add anyway" is ticked', async () => {
		const first = startImport(story(), [GRAIN], []);
		await saveImport(story(), first.token, formOf(first));
		const view = startImport(story(), [GRAIN], []);
		expect(view.items[0]).toMatchObject({ save: false, duplicate: { id: 'grain-exports-rise', kind: 'same-text', href: '/stories/story/articles/grain-exports-rise' } });
		const untouched = await saveImport(story(), view.token, formOf(view));
		expect(untouched).toMatchObject({ kind: 'preview', message: expect.stringMatching(/No article is ticked/) });
		expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toEqual(['grain-exports-rise.md']);
		const anyway = await saveImport(story(), view.token, formOf(view, { 'save.0': 'on' }));
		expect(anyway).toMatchObject({ kind: 'saved', saved: [{ file: 'grain-exports-rise-2.md' }] });
	});

	it('holds back an article that became a duplicate after the preview', async () => {
		const view = startImport(story(), [GRAIN], []);
		const other = startImport(story(), [GRAIN], []);
		await saveImport(story(), other.token, formOf(other));
		const outcome = await saveImport(story(), view.token, formOf(view, { 'name.0': 'grain-again' }));
		expect(outcome.kind).toBe('preview');
		if (outcome.kind !== 'preview') return;
		expect(outcome.preview.items[0].saveError?.message).toMatch(/now looks like a copy of grain-exports-rise\.md/);
		expect(readdirSync(dir)).not.toContain('grain-again.md');
	});

	it('refuses to replace an existing article until the user confirms', async () => {
		writeFileSync(join(dir, 'mine.md'), '---\noutlet: Mine\n---\n\nA different article entirely, about something else.\n');
		const view = startImport(story(), [TALKS], []);
		const refused = await saveImport(story(), view.token, formOf(view, { 'name.0': 'mine' }));
		expect(refused.kind).toBe('preview');
		if (refused.kind !== 'preview') return;
		expect(refused.preview.items[0]).toMatchObject({ nameTaken: true, saveError: { message: 'the story already has an article mine.md' } });
		expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toMatch(/outlet: Mine/);
		const replaced = await saveImport(story(), view.token, formOf(refused.preview, { 'replace.0': 'on' }));
		expect(replaced).toMatchObject({ kind: 'saved', saved: [{ file: 'mine.md', replaced: true }] });
		expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toMatch(/Talks to resume/);
	});

	it('keeps invalid fields in the form with their messages and saves the valid articles', async () => {
		const view = startImport(story(), [GRAIN, TALKS], []);
		const outcome = await saveImport(story(), view.token, formOf(view, { 'published.1': 'yesterday', 'name.0': '../../x' }));
		expect(outcome.kind).toBe('preview');
		if (outcome.kind !== 'preview') return;
		expect(outcome.message).toBe('0 saved, 2 held back: see the messages below.');
		expect(outcome.preview.items[0].fieldErrors.name).toMatch(/File name/);
		expect(outcome.preview.items[1].fieldErrors.published).toMatch(/YYYY-MM-DD/);
		expect(outcome.preview.items[1].values.published).toBe('yesterday');
		expect(outcome.preview.items.map((i) => i.figures?.words)).toEqual([expect.any(Number), expect.any(Number)]);
		expect(readdirSync(dir)).toEqual(['story.yaml']);
	});

	it('lets an untouched file name follow the corrected outlet, and keeps a name the user typed', async () => {
		const view = startImport(story(), [GRAIN, TALKS], []);
		const updated = updateImport(story(), view.token, formOf(view, { 'outlet.0': 'Port News', 'outlet.1': 'Wire', 'name.1': 'my-talks' }))!;
		expect(updated.items.map((i) => [i.values.name, i.suggestedName])).toEqual([
			['port-news', 'port-news'],
			['my-talks', 'talks-to-resume']
		]);
		const outcome = await saveImport(story(), view.token, formOf(view, { 'outlet.0': 'Port News', 'name.1': 'my-talks' }));
		expect(outcome).toMatchObject({ kind: 'saved', saved: [{ file: 'port-news.md' }, { file: 'my-talks.md' }] });
	});

	it('analyses an article once a wrong language tag is corrected', () => {
		const tagged = paste('---\nlanguage: ru\nheadline: Talks to resume\n---\n\nThe minister said the talks would resume next week.');
		const view = startImport(story(), [tagged], []);
		expect(view.items[0].figures).toBeNull();
		expect(view.items[0].problems[0].message).toMatch(/analysis refuses it: .*language "ru"/);
		const updated = updateImport(story(), view.token, formOf(view, { 'language.0': 'en' }))!;
		expect(updated.items[0].figures?.statements).toBe(1);
		expect(updated.items[0].problems).toEqual([]);
	});

	it('updates the preview with corrections without saving', () => {
		const view = startImport(story(), [GRAIN], []);
		const updated = updateImport(story(), view.token, formOf(view, { 'headline.0': 'A war of words over grain' }));
		expect(updated!.items[0].figures!.headline.text).toBe('A war of words over grain');
		expect(readdirSync(dir)).toEqual(['story.yaml']);
		expect(updateImport(story(), 'f'.repeat(32), formOf(view))).toBeNull();
	});
});
