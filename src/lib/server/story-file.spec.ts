import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStory } from '../corpus/parse-story';
import { editStoryFile, STORY_FILE_MAX_BYTES, StoryWriteError } from './story-file';

let root: string;
const YAML = '# kept comment\ntitle: A story # inline\ndescription: Two lines\n  of text.\nactors:\n  fallback: other\n  sides:\n    - {id: other, label: Other, sources: []}\n';

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'story-file-'));
	await mkdir(join(root, 'story-a'));
	await writeFile(join(root, 'story-a', 'story.yaml'), YAML);
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

const read = (slug = 'story-a', name = 'story.yaml') => readFile(join(root, slug, name), 'utf8');
const hit = { article: 'a.md', start: 3, end: 6, term: 'may [modal]', text: 'May' };

describe('editStoryFile', () => {
	it('sets a key, keeping comments and the other keys', async () => {
		await editStoryFile(root, 'story-a', () => ({ lexicon: { cautious: { hedges: { remove: ['may [modal]'] } } } }));
		const text = await read();
		expect(text).toMatch(/^# kept comment\ntitle: A story # inline\n/);
		expect(text).toContain('remove: [ "may [modal]" ]');
		const { story } = parseStory('story.yaml', text);
		expect(story).toMatchObject({ title: 'A story', description: 'Two lines of text.', lexicon: { cautious: { hedges: { remove: ['may [modal]'] } } } });
		expect(story!.actors.sides).toHaveLength(1);
		expect(await readdir(join(root, 'story-a'))).toEqual(['story.yaml']);
	});

	it('removes a key given as undefined', async () => {
		await editStoryFile(root, 'story-a', () => ({ lexicon: { assertive: { force: { add: ['x'] } } } }));
		await editStoryFile(root, 'story-a', () => ({ lexicon: undefined }));
		expect(await read()).not.toMatch(/lexicon/);
	});

	it('writes hits marked wrong one per line', async () => {
		await editStoryFile(root, 'story-a', () => ({ ignoredHits: [hit] }));
		expect(await read()).toMatch(/ignoredHits:\n {2}- \{ article: a\.md, start: 3, end: 6, term: "may \[modal\]", text: May \}\n/);
	});

	it('hands the edit the story as it is now, so quick edits in a row all land', async () => {
		const add = (start: number) =>
			editStoryFile(root, 'story-a', (story) => ({ ignoredHits: [...(story.ignoredHits ?? []), { ...hit, start, end: start + 3 }] }));
		await Promise.all([add(1), add(2), add(3), add(4)]);
		const { story } = parseStory('story.yaml', await read());
		expect(story!.ignoredHits!.map((h) => h.start)).toEqual([1, 2, 3, 4]);
	});

	it('writes JSON stories as JSON', async () => {
		await mkdir(join(root, 'story-j'));
		await writeFile(join(root, 'story-j', 'story.json'), JSON.stringify({ title: 'J' }));
		await editStoryFile(root, 'story-j', () => ({ ignoredHits: [hit] }));
		expect(JSON.parse(await read('story-j', 'story.json'))).toEqual({ title: 'J', ignoredHits: [hit] });
	});

	it('creates story.yaml, titled by the folder, when there is none', async () => {
		await mkdir(join(root, 'story-new'));
		await writeFile(join(root, 'story-new', 'a.md'), '---\noutlet: X\n---\nBody.\n');
		await editStoryFile(root, 'story-new', () => ({ ignoredHits: [hit] }));
		expect(parseStory('story.yaml', await read('story-new')).story).toMatchObject({ title: 'story-new', ignoredHits: [hit] });
	});

	it.each([
		['a path', '../story-a', /not a valid story name/],
		['a dot name', '..', /not a valid story name/],
		['a missing story', 'story-b', /no story "story-b"/]
	])('refuses %s', async (_name, slug, message) => {
		await expect(editStoryFile(root, slug, () => ({ ignoredHits: [] }))).rejects.toThrow(message);
	});

	it('refuses a change that makes the file invalid, and leaves it untouched', async () => {
		const error = await editStoryFile(root, 'story-a', () => ({ ignoredHits: [{ ...hit, end: 99 }] })).catch((e) => e);
		expect(error).toBeInstanceOf(StoryWriteError);
		expect(error.message).toMatch(/not saved because it makes story\.yaml invalid: .*ignoredHits\[0\]\.end/);
		expect(error.fix.length).toBeGreaterThan(10);
		expect(await read()).toBe(YAML);
	});

	it('refuses to touch a story file that is already broken', async () => {
		await writeFile(join(root, 'story-a', 'story.yaml'), 'title: T\nactors: 3\n');
		await expect(editStoryFile(root, 'story-a', () => ({ ignoredHits: [hit] }))).rejects.toThrow(/has a problem, so it was not changed: .*actors/);
		expect(await read()).toBe('title: T\nactors: 3\n');
	});

	it('refuses a change that would make the file too large', async () => {
		const many = Array.from({ length: 1900 }, (_, i) => ({ ...hit, article: `${'a'.repeat(100)}-${i}.md`, note: 'n'.repeat(60) }));
		await expect(editStoryFile(root, 'story-a', () => ({ ignoredHits: many }))).rejects.toThrow(new RegExp(`larger than ${STORY_FILE_MAX_BYTES / 1024} KB`));
		expect(await read()).toBe(YAML);
	});

	it('does not write through a symbolic link', async () => {
		await mkdir(join(root, 'story-l'));
		await writeFile(join(root, 'elsewhere.yaml'), 'title: Elsewhere\n');
		await symlink(join(root, 'elsewhere.yaml'), join(root, 'story-l', 'story.yaml'));
		await expect(editStoryFile(root, 'story-l', () => ({ ignoredHits: [hit] }))).rejects.toThrow(/symbolic link/);
		expect(await readFile(join(root, 'elsewhere.yaml'), 'utf8')).toBe('title: Elsewhere\n');
	});
});
