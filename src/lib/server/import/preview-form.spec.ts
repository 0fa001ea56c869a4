import { describe, expect, it } from 'vitest';
import { readItemForm } from './preview-form';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.set(key, value);
	return data;
}

const valid = { 'outlet.0': ' The  Post ', 'headline.0': 'A headline', 'published.0': '2025-12-02', 'url.0': 'https://example.com/a', 'author.0': '', 'language.0': 'en', 'name.0': 'The-Post', 'save.0': 'on' };

describe('readItemForm', () => {
	it('reads one article\'s corrections; blank means not given', () => {
		expect(readItemForm(form(valid), 0)).toEqual({
			values: { outlet: 'The Post', headline: 'A headline', published: '2025-12-02', url: 'https://example.com/a', author: '', language: 'en', name: 'the-post' },
			meta: { outlet: 'The Post', headline: 'A headline', published: '2025-12-02', url: 'https://example.com/a', author: null, language: 'en' },
			errors: {},
			save: true,
			replace: false,
			suggested: '',
			nameTouched: true
		});
		expect(readItemForm(form(valid), 1)).toMatchObject({ save: false, errors: {}, nameTouched: false });
		expect(readItemForm(form({ ...valid, 'suggested.0': 'the-post' }), 0)).toMatchObject({ nameTouched: false, suggested: 'the-post' });
		expect(readItemForm(form({ ...valid, 'name.0': '', 'suggested.0': 'the-post' }), 0).errors.name).toMatch(/^File name: the file name is empty/);
	});

	it.each([
		['published.0', '02/12/2025', 'published', /^Date "02\/12\/2025" is not a date: write it as YYYY-MM-DD/],
		['published.0', '2025-02-30', 'published', /not a date/],
		['url.0', 'javascript:alert(1)', 'url', /^Address "javascript:alert\(1\)" is not a web address/],
		['url.0', 'example.com/a', 'url', /starting with https:\/\//],
		['name.0', '../../etc/passwd', 'name', /^File name: .*only lower-case/],
		['name.0', 'readme', 'name', /reserved/],
		['outlet.0', 'x'.repeat(501), 'outlet', /^Outlet is 501 characters long/],
		['language.0', 'English', 'language', /^Language "English" is not a language code/]
	])('%s = %j is refused in field %s', (key, value, field, message) => {
		const result = readItemForm(form({ ...valid, [key]: value }), 0);
		expect(result.meta).toBeNull();
		expect(result.errors[field as keyof typeof result.errors]).toMatch(message);
	});
});
