import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pastedFormat, prepareFile, preparePage, preparePaste } from './prepare-article';
import { OUTSIDE_ARTICLE } from './removed-lines';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('prepareFile', () => {
	it('extracts a web page: metadata, cleaned body, and every kind of furniture it removed with its reason', () => {
		const { article, problems } = prepareFile('harbour.html', fixture('furniture-page.html'));
		expect(problems).toEqual([]);
		expect(article!.meta).toMatchObject({
			outlet: 'The Harbour Post',
			headline: 'Alliance weighs tougher line on sabotage',
			url: 'https://harbourpost.example/world/alliance-tougher-line',
			author: 'Mara Lind',
			published: '2025-12-03',
			language: 'en'
		});
		expect(article!.body.startsWith('The alliance is weighing a tougher response')).toBe(true);
		expect(article!.body.endsWith('restraint remained the most likely course.')).toBe(true);
		const reasons = Object.fromEntries(article!.removed.map((r) => [r.text, r.reason]));
		expect(reasons).toEqual({
			'We use cookies to improve your experience. By continuing you accept our use of cookies.': 'cookie notice',
			'EN | DE | FR': 'language switcher',
			'Home » World » Europe': 'breadcrumb',
			'By Mara Lind': 'byline',
			'Share on Facebook | Share on X | Email': 'share buttons',
			'READ MORE: Baltic cable cut blamed on anchor drag': 'read-more teaser',
			'Ad blocker detected: please disable your ad blocker to support our journalism.': 'ad-blocker notice',
			'Related articles': 'related-articles heading',
			'Navy escorts return to the Baltic': 'related-article list',
			'Ministers meet in Brussels on defence spending': 'related-article list',
			'© 2025 The Harbour Post. All rights reserved.': 'copyright line'
		});
		for (const line of Object.keys(reasons)) expect(article!.body).not.toContain(line);
	});

	it('keeps markup written as text as text, and drops scripts, handlers and javascript: addresses', () => {
		const { article } = prepareFile('hostile.html', fixture('hostile-page.html'));
		expect(article!.body).toContain("mentions <script>window.__ran='escaped'</script> and");
		expect(article!.body).not.toMatch(/head script|inline script|img onerror'|'link'|iframe|'form'|'object'/);
		expect(article!.meta.url).toBeNull();
		expect(article!.meta.headline).toBe(`Officials warn of sabotage <img src=x onerror="window.__ran='og'">`);
	});

	it('reads a text file: first line headline, furniture removed', () => {
		const text = 'NATO weighs tougher line\nBy Jane Doe\nShare on Facebook | Email\n\nThe alliance said on Tuesday it was weighing options.\n\nRead more\n';
		const { article } = prepareFile('note.txt', bytes(text));
		expect(article!.meta.headline).toBe('NATO weighs tougher line');
		expect(article!.body).toBe('The alliance said on Tuesday it was weighing options.');
		expect(article!.removed.map((r) => r.reason)).toEqual(['byline', 'share buttons', 'read-more teaser']);
	});

	it('reads Markdown front matter, and a leading # heading when there is no headline field', () => {
		const md = '---\noutlet: Example\nurl: https://example.com/a\n---\n\nThe minister said talks would go on.\n';
		expect(prepareFile('a.md', bytes(md)).article).toMatchObject({ meta: { outlet: 'Example', url: 'https://example.com/a', headline: null }, body: 'The minister said talks would go on.' });
		const heading = '# Talks will go on\n\nThe minister said talks would go on.\n';
		expect(prepareFile('b.md', bytes(heading)).article).toMatchObject({ meta: { headline: 'Talks will go on' }, body: 'The minister said talks would go on.' });
	});

	it.each([
		['report.pdf', bytes('%PDF-1.4 ...'), /the file is not a \.txt, \.md or \.html file/],
		['report.docx', bytes('PK\u0003\u0004'), /not a \.txt, \.md or \.html/],
		['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /looks binary/],
		['latin1.txt', new Uint8Array([...bytes('Headline\nCaf'), 0xe9]), /not valid UTF-8 \(the first bad byte is at byte 12, on line 2\)/],
		['utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0]), /UTF-16/],
		['empty.md', new Uint8Array(), /the file is empty/],
		['blank.txt', bytes('  \n\n '), /only whitespace/],
		['huge.txt', new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61), /larger than the limit of 2\.0 MB/],
		['furniture.txt', bytes('Headline\nShare on Facebook | Email\nRead more\n'), /no article text is left after removing 2 lines/],
		['headline-only.txt', bytes('Just a headline\n'), /holds a headline but no article text/],
		['broken.md', bytes('---\noutlet: [x\n---\nBody'), /not valid YAML/]
	])('refuses %s, naming the file and the fix', (name, data, message) => {
		const { article, problems } = prepareFile(name, data);
		expect(article).toBeNull();
		expect(problems[0].file).toBe(name);
		expect(problems[0].message).toMatch(message);
		expect(problems[0].fix.length).toBeGreaterThan(10);
	});
});

describe('preparePaste', () => {
	it.each([
		['Headline\n\nBody.', 'txt'],
		['---\noutlet: X\n---\nBody', 'md'],
		['\uFEFF<!DOCTYPE html><p>x</p>', 'html'],
		['  <p>Body</p>', 'html'],
		['<3 is not markup\nBody', 'txt']
	])('%j is read as %s', (text, format) => expect(pastedFormat(text)).toBe(format));

	it('reads pasted HTML fragments, not only whole pages', () => {
		const { article } = preparePaste('<article><h1>Talks go on</h1><p>The minister said the talks would go on next week, officials added.</p><p>Share on Facebook | Email</p></article>');
		expect(article).toMatchObject({ format: 'html', meta: { headline: 'Talks go on' }, body: 'The minister said the talks would go on next week, officials added.' });
		expect(article!.removed).toEqual([{ text: 'Share on Facebook | Email', reason: 'share buttons' }]);
	});

	it('refuses empty and oversized text', () => {
		expect(preparePaste(' \n ').problems[0].message).toBe('the pasted text is empty');
		expect(preparePaste('x'.repeat(2 * 1024 * 1024 + 1)).problems[0].message).toMatch(/the pasted text is 2\.0 MB, larger than the limit of 2 MB/);
	});

	it('reads pasted text like a .txt file', () => {
		expect(preparePaste('Headline here\n\nThe minister said so.').article).toMatchObject({ source: { kind: 'paste', name: 'pasted text' }, meta: { headline: 'Headline here' }, body: 'The minister said so.' });
	});
});

describe('preparePage', () => {
	it('does not list what was left out of a page over 1 MB, and says so', () => {
		const html = `<html><body><article><h1>T</h1><p>The minister said the talks would go on.</p></article><ul>${'<li>A link title</li>'.repeat(60_000)}</ul></body></html>`;
		const { article } = preparePage('https://example.com/a', 'https://example.com/a', html);
		expect(article!.removed).toEqual([]);
		expect(article!.problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/the page is 1\.\d MB, so what was left out of it is not listed/) }));
	});

	it('uses the final address when the page names no canonical one, and lists what the extractor dropped', () => {
		const html = '<html><body><nav><p>Home</p><p>World news</p></nav><article><h1>Title of the piece</h1><p>The minister said the talks would continue next week, despite the tension.</p><p>Officials added that no date had been set for the next round of talks.</p></article></body></html>';
		const { article } = preparePage('http://example.com/a', 'https://example.com/a/final', html);
		expect(article!.meta.url).toBe('https://example.com/a/final');
		expect(article!.source).toEqual({ kind: 'url', name: 'http://example.com/a' });
		expect(article!.removed).toEqual([
			{ text: 'Home', reason: OUTSIDE_ARTICLE },
			{ text: 'World news', reason: OUTSIDE_ARTICLE }
		]);
	});
});
