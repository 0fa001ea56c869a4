import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../analysis/lexicon';
import { ignoredHitsOf, storyLexicon } from './story-settings';

describe('storyLexicon', () => {
	it('is the default lists when the story changes nothing', () => {
		expect(storyLexicon(null)).toEqual(defaultLexicon);
		expect(storyLexicon({})).toEqual(defaultLexicon);
	});

	it('applies the story changes to the default lists', () => {
		const lexicon = storyLexicon({ lexicon: { cautious: { hedges: { remove: ['may [modal]'] } } } });
		expect(defaultLexicon.poles.cautious.subcategories.hedges.terms).toContain('may [modal]');
		expect(lexicon.poles.cautious.subcategories.hedges.terms).not.toContain('may [modal]');
		expect(lexicon.version).toMatch(/story edits/);
	});
});

describe('ignoredHitsOf', () => {
	const story = {
		ignoredHits: [
			{ article: 'a.md', start: 1, end: 4, term: 'may', text: 'May' },
			{ article: 'b.md', start: 9, end: 12, term: 'may', text: 'may' },
			{ article: 'a.md', start: 20, end: 23, term: 'may', text: 'MAY', note: 'a name' }
		]
	};
	it.each([
		['a.md', [1, 20]],
		['b.md', [9]],
		['c.md', []]
	])('keeps the marks of %s', (file, starts) => {
		expect(ignoredHitsOf(story, file).map((h) => h.start)).toEqual(starts);
	});
	it('has none without a story', () => expect(ignoredHitsOf(null, 'a.md')).toEqual([]));
});
