import { describe, expect, it } from 'vitest';
import { emptyMeta, isValidDate, isWebUrl, readArticleMeta } from './article-meta';

describe('readArticleMeta', () => {
	it('keeps valid fields and reads numbers as the text written', () => {
		const { meta, problems } = readArticleMeta('a.md', {
			outlet: 24,
			headline: 'Proactive NATO',
			url: 'https://defence24.com/x',
			published: '2025-12-02',
			language: 'en',
			author: '',
			notes: null
		});
		expect(problems).toEqual([]);
		expect(meta).toEqual({
			...emptyMeta(),
			outlet: '24',
			headline: 'Proactive NATO',
			url: 'https://defence24.com/x',
			published: '2025-12-02',
			language: 'en'
		});
	});

	it.each([
		['url', 'defence24.com/x', /`url` value \("defence24.com\/x"\) is not a web address/, /https:\/\/defence24.com\/x/],
		['url', 'not a url', /is not a web address/, /starting with https:\/\//],
		['url', 'ftp://example.com/a', /is not a web address/, /https:\/\//],
		['published', '2025-13-01', /not a date in the form YYYY-MM-DD/, /2025-12-02/],
		['published', 'Dec 2, 2025', /not a date/, /YYYY-MM-DD/],
		['language', 'English', /not a language code/, /language: en/],
		['headline', ['a', 'b'], /single line of text/, /headline/],
		['notes', { a: 1 }, /single line of text/, /notes/]
	])('reports a bad %s (%j), names the field and the fix, and drops the value', (field, value, message, fix) => {
		const { meta, problems } = readArticleMeta('a.md', { [field]: value, outlet: 'X' }, (key) =>
			key === field ? 7 : undefined
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'a.md', field, line: 7, severity: 'warning' });
		expect(problems[0].message).toMatch(message);
		expect(problems[0].fix).toMatch(fix);
		expect(meta[field as keyof typeof meta]).toBeNull();
		expect(meta.outlet).toBe('X');
	});

	it('warns about unknown keys and ignores them', () => {
		const { meta, problems } = readArticleMeta('a.md', { autor: 'Oleh Velhan', title: 'x' });
		expect(meta).toEqual(emptyMeta());
		expect(problems.map((p) => [p.field, p.severity])).toEqual([
			['autor', 'warning'],
			['title', 'warning']
		]);
		expect(problems[0].message).toMatch(/unknown front-matter field `autor`/);
	});
});

describe('field validators', () => {
	it.each([
		['2025', true],
		['2025-12', true],
		['2025-12-02', true],
		['2025-12-02T06:59', true],
		['2025-12-02T06:59:00Z', true],
		['2025-12-02T06:59:00.123+01:00', true],
		['2025-12-02 06:59', true],
		['2025-02-29', false],
		['2024-02-29', true],
		['2025-12-32', false],
		['2025-12-02T24:00', false],
		['02.12.2025', false],
		['', false]
	])('date %j -> %s', (value, ok) => expect(isValidDate(value)).toBe(ok));

	it.each([
		['https://www.archyde.com/navigating', true],
		['http://example.com', true],
		['https://', false],
		['javascript:alert(1)', false],
		['https://exa mple.com', false],
		['example.com', false]
	])('url %j -> %s', (value, ok) => expect(isWebUrl(value)).toBe(ok));
});
