import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStory } from '../corpus-store';
import { removeStaleTemps, saveArticle, STALE_TEMP_MS } from './save-article';

let root: string;
let dir: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'save-article-'));
	dir = join(root, 'story');
	mkdirSync(dir);
	writeFileSync(join(dir, 'story.yaml'), 'title: T\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE = '---\noutlet: X\n---\n\nThe minister said so.\n';

describe('saveArticle', () => {
	it('writes a new article that the corpus reader loads, leaving no temp file', async () => {
		expect(await saveArticle(dir, 'x', ARTICLE)).toEqual({ ok: true, file: 'x.md', replaced: false });
		expect(readdirSync(dir).sort()).toEqual(['story.yaml', 'x.md']);
		const loaded = loadStory(root, 'story');
		expect(loaded.articles.map((a) => [a.file, a.article?.meta.outlet])).toEqual([['x.md', 'X']]);
	});

	it('refuses to overwrite an existing article unless confirmed', async () => {
		writeFileSync(join(dir, 'x.md'), 'old');
		const refused = await saveArticle(dir, 'x', ARTICLE);
		expect(refused).toMatchObject({ ok: false, reason: 'exists', message: 'the story already has an article x.md' });
		expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe('old');
		expect(await saveArticle(dir, 'x', ARTICLE, { overwrite: true })).toEqual({ ok: true, file: 'x.md', replaced: true });
		expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe(ARTICLE);
	});

	it.each(['x.txt', 'X.md', 'x.html', 'x'])('refuses the id of an existing %s even when overwriting (it is another file)', async (existing) => {
		writeFileSync(join(dir, existing), 'old');
		const result = await saveArticle(dir, 'x', ARTICLE, { overwrite: true });
		expect(result).toMatchObject({ ok: false, reason: 'exists', message: `the story already has a file named ${existing}` });
		expect(readFileSync(join(dir, existing), 'utf8')).toBe('old');
	});

	it('does not overwrite through a symbolic link', async () => {
		writeFileSync(join(root, 'outside.md'), 'outside');
		symlinkSync(join(root, 'outside.md'), join(dir, 'x.md'));
		expect(await saveArticle(dir, 'x', ARTICLE, { overwrite: true })).toMatchObject({ ok: false, reason: 'exists' });
		expect(readFileSync(join(root, 'outside.md'), 'utf8')).toBe('outside');
	});

	it.each(['../escape', '..', 'a/b', '/etc/passwd', 'UPPER', '', 'readme'])('refuses the unsafe name %j without writing', async (id) => {
		expect(await saveArticle(dir, id, ARTICLE)).toMatchObject({ ok: false, reason: 'invalid-name' });
		expect(readdirSync(dir)).toEqual(['story.yaml']);
		expect(readdirSync(root).sort()).toEqual(['story']);
	});

	it('says so when the story folder is gone', async () => {
		expect(await saveArticle(join(root, 'missing'), 'x', ARTICLE)).toMatchObject({ ok: false, reason: 'no-story' });
	});

	it('serialises concurrent saves of the same name: exactly one wins, the others are told it exists', async () => {
		const results = await Promise.all(Array.from({ length: 8 }, (_, i) => saveArticle(dir, 'same', `${ARTICLE}${i}\n`)));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.reason === 'exists')).toHaveLength(7);
		expect(readdirSync(dir).sort()).toEqual(['same.md', 'story.yaml']);
	});
});

describe('removeStaleTemps', () => {
	it('removes only old temp files of the atomic writer', async () => {
		const old = '.a.md.123.deadbeef.tmp';
		const fresh = '.b.md.123.cafebabe.tmp';
		for (const name of [old, fresh, '.hidden', 'a.md']) writeFileSync(join(dir, name), 'x');
		const past = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
		utimesSync(join(dir, old), past, past);
		utimesSync(join(dir, '.hidden'), past, past);
		expect(await removeStaleTemps(dir)).toEqual([old]);
		expect(readdirSync(dir).sort()).toEqual(['.b.md.123.cafebabe.tmp', '.hidden', 'a.md', 'story.yaml']);
	});
});
