import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './parse-text-article';

describe('parseTextArticle', () => {
	it('takes the first non-empty line as the headline, trimmed, with offsets, and the rest as body', () => {
		const text = readFileSync(new URL('./fixtures/article.txt', import.meta.url), 'utf8');
		const { article, problems } = parseTextArticle('article.txt', text);
		expect(problems).toEqual([]);
		const a = article!;
		expect(a.format).toBe('txt');
		expect(a.headline).toMatchObject({ text: 'Proactive NATO: a real shift or rhetoric?', source: 'the first line of the text file' });
		expect(text.slice(a.headline!.start!, a.headline!.end!)).toBe(a.headline!.text);
		expect(a.meta.headline).toBe(a.headline!.text);
		expect(text.slice(a.body.start, a.body.end)).toBe(
			'Drones in Poland. Military aircraft in Estonian airspace.\n\nThe clearest recent example comes from NATO’s Chair of Military Committee.'
		);
	});

	it('handles CRLF and a byte-order mark', () => {
		const text = '\uFEFFHeadline here\r\nBody line one.\r\nBody line two.\r\n';
		const a = parseTextArticle('crlf.txt', text).article!;
		expect(text.slice(a.headline!.start!, a.headline!.end!)).toBe('Headline here');
		expect(text.slice(a.body.start, a.body.end)).toBe('Body line one.\r\nBody line two.');
	});

	it('warns when the first line reads like body text rather than a headline', () => {
		const first =
			'NATO could be forced to fire the first shot against Russia as Vladimir Putins escalating shadow war on Europe pushes the alliance toward a possible shift in strategy, a top admiral has warned.';
		const { article, problems } = parseTextArticle('003.txt', `${first}\nMore body.`);
		expect(article!.headline!.text).toBe(first);
		expect(problems).toEqual([expect.objectContaining({ line: 1, severity: 'warning' })]);
		expect(problems[0].fix).toMatch(/no `headline` field/);
	});

	it('warns when there is only a headline', () => {
		const { article, problems } = parseTextArticle('one.txt', 'Only a headline\n');
		expect(article!.body.start).toBe(article!.body.end);
		expect(problems[0].message).toBe('the article has no body text');
	});

	it('refuses whitespace only', () => {
		expect(parseTextArticle('blank.txt', ' \n\t\n').article).toBeNull();
	});
});
