import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSlug } from '../corpus-store';
import { articleNameProblem, pathInside, slugify, storyNameProblem, suggestArticleName, takenNames } from './safe-names';

describe('slugify', () => {
	it.each([
		['Defence24', 'defence24'],
		['RBC-Ukraine', 'rbc-ukraine'],
		['Illustrated Daily News', 'illustrated-daily-news'],
		['Le Monde diplomatique — édition', 'le-monde-diplomatique-edition'],
		['../../etc/passwd', 'etc-passwd'],
		['..\\..\\windows', 'windows'],
		['%2e%2e%2f', '2e-2e-2f'],
		['Москва', ''],
		['   ', ''],
		['NATO: "strike first"?', 'nato-strike-first']
	])('%j -> %j', (text, slug) => expect(slugify(text)).toBe(slug));

	it('cuts long text at a word boundary', () => {
		expect(slugify('word '.repeat(30), 20)).toBe('word-word-word-word');
	});

	it('always gives a valid name or nothing, whatever the input', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
				const slug = slugify(text);
				expect(slug === '' || isValidSlug(slug)).toBe(true);
			})
		);
	});
});

describe('names', () => {
	it.each(['defence24', 'a', 'rbc-ukraine-2', 'x'.repeat(64)])('accepts %j', (name) => expect(articleNameProblem(name)).toBeNull());

	it.each([
		['', /empty/],
		['..', /only lower-case/],
		['../x', /only lower-case/],
		['a/b', /only lower-case/],
		['A', /only lower-case/],
		['-a', /only lower-case/],
		['a.md', /only lower-case/],
		['x'.repeat(65), /longer than 64/],
		['readme', /reserved/],
		['con', /reserved/],
		['com1', /reserved/]
	])('refuses %j', (name, message) => expect(articleNameProblem(name)).toMatch(message));

	it('keeps /stories/new for the form', () => {
		expect(storyNameProblem('new')).toMatch(/used by the app/);
		expect(storyNameProblem('my-story')).toBeNull();
		expect(storyNameProblem('../x')).toMatch(/story name may use only/);
	});
});

describe('suggestArticleName', () => {
	const taken = takenNames(['defence24.md', 'Defence24-2.TXT', 'story.yaml', 'rbc.html']);

	it('treats every extension and letter case as the same id', () => {
		expect([...taken].sort()).toEqual(['defence24', 'defence24-2', 'rbc', 'story']);
	});

	it.each([
		[{ outlet: 'Defence24', headline: null }, 'x.html', 'defence24-3'],
		[{ outlet: 'New Outlet', headline: 'H' }, 'x.html', 'new-outlet'],
		[{ outlet: null, headline: 'NATO may strike first' }, 'x.html', 'nato-may-strike-first'],
		[{ outlet: 'Москва', headline: null }, 'My File.txt', 'my-file'],
		[{ outlet: null, headline: null }, '../../README.md', 'article'],
		[{ outlet: 'RBC', headline: null }, 'x', 'rbc-2']
	])('%j from %j -> %j', (meta, source, name) => expect(suggestArticleName(meta, source, taken)).toBe(name));
});

describe('pathInside', () => {
	it('joins a plain name and refuses anything that leaves the folder', () => {
		expect(pathInside('/corpus/story', 'a.md')).toBe(join('/corpus/story', 'a.md'));
		for (const name of ['../a.md', '/etc/passwd', 'sub/a.md', '..', '.', ''])
			expect(() => pathInside('/corpus/story', name), name).toThrow(/refusing to write outside/);
	});
});
