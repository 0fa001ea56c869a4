import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import defaultActors from '../../analysis/data/actors.default.json';
import { listStories, loadStory } from '../corpus-store';
import { checkNewStory, createStory, EMPTY_ACTORS } from './create-story';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'create-story-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('createStory', () => {
	it('writes a story.yaml the corpus reads back, with the default actors', async () => {
		const result = await createStory(root, { title: 'Baltic cables: who is to blame?', description: 'Five outlets.\nSecond line: with a colon', actors: 'default' });
		expect(result).toEqual({ ok: true, slug: 'baltic-cables-who-is-to-blame' });
		const loaded = loadStory(root, 'baltic-cables-who-is-to-blame');
		expect(loaded.problems).toEqual([]);
		expect(loaded.story).toEqual({ title: 'Baltic cables: who is to blame?', description: 'Five outlets.\nSecond line: with a colon', actors: defaultActors });
		expect(listStories(root)).toEqual(['baltic-cables-who-is-to-blame']);
		expect(readdirSync(join(root, 'baltic-cables-who-is-to-blame'))).toEqual(['story.yaml']);
	});

	it('can start with an empty actors list (one catch-all side)', async () => {
		await createStory(root, { title: 'T', description: '', slug: 'my-story', actors: 'empty' });
		expect(loadStory(root, 'my-story').story?.actors).toEqual(EMPTY_ACTORS);
	});

	it('refuses a story that exists, and reuses a folder a crash left empty', async () => {
		mkdirSync(join(root, 'taken'));
		writeFileSync(join(root, 'taken', 'a.md'), 'x');
		expect(await createStory(root, { title: 'Taken', description: '', actors: 'default' })).toMatchObject({ ok: false, field: 'slug', message: 'a story named "taken" already exists' });
		mkdirSync(join(root, 'empty'));
		expect(await createStory(root, { title: 'Empty', description: '', actors: 'default' })).toEqual({ ok: true, slug: 'empty' });
	});

	it('two creations of the same story at once: one wins', async () => {
		const results = await Promise.all([1, 2, 3].map((n) => createStory(root, { title: 'Same', description: String(n), actors: 'default' })));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});
});

describe('checkNewStory', () => {
	it.each([
		[{ title: '  ' }, 'title', /empty/],
		[{ title: 'x'.repeat(201) }, 'title', /more than 200/],
		[{ title: 'a\nb' }, 'title', /line break/],
		[{ title: 'Москва' }, 'slug', /no folder name can be made/],
		[{ title: 'T', slug: '../etc' }, 'slug', /only lower-case/],
		[{ title: 'T', slug: 'new' }, 'slug', /used by the app/],
		[{ title: 'New' }, 'slug', /used by the app/],
		[{ title: 'T', description: 'x'.repeat(4001) }, 'description', /more than 4000/],
		[{ title: 'T', actors: 'nonsense' }, 'actors', /choose/]
	])('refuses %j in field %s', (over, field, message) => {
		const input = Object.assign({ title: 'T', description: '', actors: 'default' }, over) as Parameters<typeof checkNewStory>[0];
		const result = checkNewStory(input);
		expect(result).toMatchObject({ ok: false, field });
		if (!result.ok) expect(result.message).toMatch(message);
	});
});
