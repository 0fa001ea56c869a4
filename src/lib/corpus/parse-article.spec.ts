import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { articleFormatOf } from './parsed-article';

const dir = new URL('./fixtures/', import.meta.url);

describe('articleFormatOf', () => {
	it.each([
		['a.md', 'md'],
		['dir/A.MARKDOWN', 'md'],
		['a.txt', 'txt'],
		['C:\\x\\a.htm', 'html'],
		['a.html', 'html'],
		['story.yaml', null],
		['.md', null],
		['README', null]
	])('%s -> %s', (file, format) => expect(articleFormatOf(file)).toBe(format));
});

describe('parseArticle', () => {
	it('refuses an unsupported extension with a fix', () => {
		const { article, problems } = parseArticle('notes.docx', 'text');
		expect(article).toBeNull();
		expect(problems[0].fix).toMatch(/\.md.*\.txt.*\.html/);
	});

	it('never throws on hostile input', () => {
		const inputs = ['---', '---\n' + '['.repeat(5000) + '\n---\n', '<'.repeat(10000), "'".repeat(100_000), '\u0000\uFFFF\uD800'];
		for (const text of inputs)
			for (const file of ['x.md', 'x.txt', 'x.html']) expect(() => parseArticle(file, text)).not.toThrow();
	});

	// every article the parsers accept must point at real evidence
	const articles = readdirSync(dir).filter((f) => /\.(md|txt|html)$/.test(f));
	it.each(articles)('offsets of %s are inside the text and slice to the headline', (file) => {
		const { article } = parseArticle(file, readFileSync(new URL(file, dir), 'utf8'));
		if (!article) return;
		expect(0 <= article.body.start && article.body.start <= article.body.end && article.body.end <= article.text.length).toBe(true);
		const h = article.headline;
		if (h && h.start !== null) expect(article.text.slice(h.start, h.end!)).toBe(h.text);
	});
});
