import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultActors from '../analysis/data/actors.default.json';
import { isIgnoredFile, isValidSlug, listStories, loadStory } from './corpus-store';

let root: string;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'corpus-store-'));
	const story = join(root, 'nato-2025');
	await mkdir(story);
	await writeFile(
		join(story, 'story.yaml'),
		'title: NATO posture\ndescription: Test story.\nactors:\n  fallback: other\n  sides:\n    - {id: other, label: Other, sources: []}\n'
	);
	await writeFile(join(story, 'defence24.md'), '---\noutlet: Defence24\nheadline: "Proactive NATO: a shift?"\n---\n\nDrones in Poland.\n');
	await writeFile(join(story, 'plain.txt'), 'A headline\nA body sentence.\n');
	await writeFile(join(story, 'page.html'), '<html><head><title>Page title</title></head><body><p>Page body text.</p></body></html>');
	await writeFile(join(story, 'binary.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
	await writeFile(join(story, 'empty.md'), '');
	await writeFile(join(story, 'broken.md'), '---\nheadline: Could NATO: strike first?\n---\nBody.\n');
	await writeFile(join(story, 'latin1.txt'), new Uint8Array([0x48, 0x0a, 0x4e, 0x41, 0x54, 0x4f, 0x92, 0x73]));
	await writeFile(join(story, 'huge.txt'), 'x'.repeat(5000));
	await writeFile(join(story, 'locked.md'), '---\noutlet: X\n---\nBody.\n');
	await chmod(join(story, 'locked.md'), 0o000);
	await writeFile(join(story, '.hidden.md'), 'Hidden\nnot read');
	await writeFile(join(story, '.defence24.md.123.abcd.tmp'), 'half-writ');
	await writeFile(join(story, 'draft.md~'), 'editor backup');
	await writeFile(join(story, 'README.md'), '# About this folder');
	await writeFile(join(story, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff]));
	await mkdir(join(story, 'sub'));
	await writeFile(join(story, 'sub', 'nested.md'), 'Nested\nnot read');
	await writeFile(join(root, 'outside.md'), 'Outside\nsecret');
	await symlink(join(root, 'outside.md'), join(story, 'link.md'));

	await mkdir(join(root, 'bare'));
	await writeFile(join(root, 'bare', 'a.txt'), 'Headline\nBody.\n');
	await mkdir(join(root, 'bad-story'));
	await writeFile(join(root, 'bad-story', 'story.yaml'), 'title: [broken\n');
	await writeFile(join(root, 'bad-story', 'a.txt'), 'Headline\nBody.\n');
	await mkdir(join(root, 'Not_A_Slug'));
	await writeFile(join(root, 'Not_A_Slug', 'a.txt'), 'Headline\nBody.\n');
	await mkdir(join(root, 'empty-folder'));
	await mkdir(join(root, '.git'));
});

afterAll(async () => {
	await chmod(join(root, 'nato-2025', 'locked.md'), 0o644).catch(() => {});
	await rm(root, { recursive: true, force: true });
});

describe('loadStory', () => {
	it('reads the story and every article file, never throwing on the bad ones', () => {
		const loaded = loadStory(root, 'nato-2025', { maxBytes: 4096 });
		expect(loaded.found).toBe(true);
		expect(loaded.story).toMatchObject({ title: 'NATO posture', description: 'Test story.' });
		const byFile = Object.fromEntries(loaded.articles.map((a) => [a.file, a]));
		expect(Object.keys(byFile).sort()).toEqual(
			['binary.md', 'broken.md', 'defence24.md', 'empty.md', 'huge.txt', 'latin1.txt', 'locked.md', 'page.html', 'plain.txt'].sort()
		);

		expect(byFile['defence24.md'].article?.meta.outlet).toBe('Defence24');
		expect(byFile['defence24.md'].article?.headline?.text).toBe('Proactive NATO: a shift?');
		expect(byFile['plain.txt'].article?.headline?.text).toBe('A headline');
		expect(byFile['page.html'].article?.headline?.text).toBe('Page title');

		const refused: [string, RegExp][] = [
			['binary.md', /binary/],
			['empty.md', /empty/],
			['broken.md', /not valid YAML/],
			['latin1.txt', /not valid UTF-8.*byte 6, on line 2/],
			['huge.txt', /larger than the limit of 4.0 KB/]
		];
		if (!isRoot) refused.push(['locked.md', /could not be read: permission denied/]);
		for (const [file, message] of refused) {
			expect(byFile[file].article, file).toBeNull();
			expect(byFile[file].problems[0].message, file).toMatch(message);
			expect(byFile[file].problems[0].file, file).toBe(file);
		}
	});

	it('ignores dotfiles, temp and backup files, the README and subfolders, and does not follow links', () => {
		const loaded = loadStory(root, 'nato-2025');
		const files = loaded.articles.map((a) => a.file);
		for (const name of ['.hidden.md', '.defence24.md.123.abcd.tmp', 'draft.md~', 'README.md', 'nested.md', 'link.md'])
			expect(files).not.toContain(name);
		expect(loaded.problems.map((p) => [p.file, p.severity])).toEqual([
			['link.md', 'warning'],
			['photo.jpg', 'warning']
		]);
	});

	it('uses the folder name and default actors when there is no story file, and says so', () => {
		const loaded = loadStory(root, 'bare');
		expect(loaded.story).toEqual({ title: 'bare', description: '', actors: defaultActors });
		expect(loaded.problems[0].message).toMatch(/no story.yaml/);
		expect(loaded.articles).toHaveLength(1);
	});

	it('returns the story file problems when the story file is broken, and still reads the articles', () => {
		const loaded = loadStory(root, 'bad-story');
		expect(loaded.found).toBe(true);
		expect(loaded.story).toBeNull();
		expect(loaded.problems[0]).toMatchObject({ file: 'story.yaml', line: 2, severity: 'error' });
		expect(loaded.problems[0].message).toMatch(/not valid YAML: flow sequence/i);
		expect(loaded.articles.map((a) => a.article?.headline?.text)).toEqual(['Headline']);
	});

	it.each(['../nato-2025', '..', '.', 'nato-2025/../bare', '/etc', 'Not_A_Slug', 'NATO', '-x', 'a/b', 'a\\b', '', 'x'.repeat(65), 'nato 2025', 'nato%2F..'])(
		'rejects the unsafe or invalid story name %j without touching the disk',
		(slug) => {
			const loaded = loadStory(root, slug);
			expect(loaded.found).toBe(false);
			expect(loaded.articles).toEqual([]);
			expect(loaded.problems[0].message).toBe('not a valid story name');
		}
	);

	it('reports a story that does not exist', () => {
		const loaded = loadStory(root, 'missing');
		expect(loaded).toMatchObject({ found: false, story: null, articles: [] });
		expect(loaded.problems[0].message).toBe('no such story');
	});
});

describe('listStories', () => {
	it('lists valid story folders that hold articles or a story file, sorted', () => {
		expect(listStories(root)).toEqual(['bad-story', 'bare', 'nato-2025']);
	});

	it('gives an empty list for a missing root', () => {
		expect(listStories(join(root, 'nope'))).toEqual([]);
	});
});

describe('names', () => {
	it.each([
		['nato-proactive-2025', true],
		['a', true],
		['a-', false],
		['A', false],
		['a_b', false],
		['..', false]
	])('slug %j -> %s', (slug, ok) => expect(isValidSlug(slug)).toBe(ok));

	it.each([
		['.DS_Store', true],
		['.a.md.1.ff.tmp', true],
		['a.md~', true],
		['#a.md#', true],
		['a.md.swp', true],
		['README.md', true],
		['readme', true],
		['defence24.md', false],
		['story.yaml', false]
	])('ignored file %j -> %s', (name, ignored) => expect(isIgnoredFile(name)).toBe(ignored));
});

const bundledRoot = fileURLToPath(new URL('../../../corpus', import.meta.url));

describe.skipIf(!existsSync(join(bundledRoot, 'nato-proactive-2025')))('the bundled corpus', () => {
	const loaded = loadStory(bundledRoot, 'nato-proactive-2025');

	it('loads without a single problem', () => {
		expect(loaded.problems).toEqual([]);
		expect(loaded.articles.flatMap((a) => a.problems)).toEqual([]);
		expect(loaded.story?.title).toBe("NATO's 'proactive' posture toward Russia (December 2025)");
		expect(loaded.story?.actors).toEqual(defaultActors);
	});

	it('holds the five seed articles, and the one without a headline stays without one', () => {
		const byFile = Object.fromEntries(loaded.articles.map((a) => [a.file, a.article!]));
		expect(Object.keys(byFile).sort()).toEqual(
			['archyde.md', 'defence24.md', 'expressive-info.md', 'illustrated-daily-news.md', 'rbc-ukraine.md']
		);
		expect(byFile['expressive-info.md'].headline).toBeNull();
		const first = byFile['expressive-info.md'].text.slice(byFile['expressive-info.md'].body.start).split('\n')[0];
		expect(first.startsWith('NATO could be forced to fire the first shot against Russia')).toBe(true);
		for (const [file, article] of Object.entries(byFile)) {
			expect(article.meta.language, file).toBe('en');
			if (article.headline) expect(article.text.slice(article.headline.start!, article.headline.end!), file).toBe(article.headline.text);
		}
	});
});
