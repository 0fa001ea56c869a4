import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from './parse-html-article';

const page = readFileSync(new URL('./fixtures/page.html', import.meta.url), 'utf8');

describe('parseHtmlArticle', () => {
	const { article, problems } = parseHtmlArticle('page.html', page);
	const a = article!;

	it('reads the page metadata', () => {
		expect(problems).toEqual([]);
		expect(a.format).toBe('html');
		expect(a.meta).toEqual({
			outlet: 'Example News',
			headline: 'NATO Weighs More ‘Proactive’ Stance Toward Russia',
			url: 'https://example.com/world/nato-proactive',
			author: 'Palakshi',
			published: '2025-12-02T06:59:00Z',
			language: 'en',
			notes: null
		});
	});

	it('puts the headline first in the extracted text and points at it', () => {
		expect(a.headline).toEqual({
			text: 'NATO Weighs More ‘Proactive’ Stance Toward Russia',
			start: 0,
			end: 49,
			source: 'the title of the HTML page'
		});
		expect(a.text.slice(0, 49)).toBe(a.headline!.text);
	});

	it('keeps the article paragraphs and drops scripts, navigation, byline, caption, share and comment furniture', () => {
		const body = a.text.slice(a.body.start, a.body.end);
		expect(body.startsWith('The NATO should consider adopting a more assertive posture')).toBe(true);
		expect(body).toContain('proactive footing.\nA second line in the same paragraph.');
		expect(body).toContain('Kremlin response');
		expect(body).toContain('France cautioned.');
		for (const gone of ['hijacked', 'never run', 'stolen', 'Home', 'ua en ru', 'By Palakshi', 'Getty', 'Share on', 'Leave a Comment', '©'])
			expect(body, gone).not.toContain(gone);
		expect(body).not.toContain(a.headline!.text);
	});

	it('falls back to the page body when Readability finds no article, without the page chrome', () => {
		const small = '<html><head><title>Short</title></head><body><nav>Menu Home</nav><p>Just one short paragraph of text.</p><footer>Footer</footer></body></html>';
		const result = parseHtmlArticle('small.html', small);
		expect(result.article!.text).toBe('Short\n\nJust one short paragraph of text.');
	});

	it('refuses a page with no text', () => {
		const result = parseHtmlArticle('empty.html', '<html><body><script>x()</script></body></html>');
		expect(result.article).toBeNull();
		expect(result.problems[0].fix).toMatch(/\.txt or \.md/);
	});

	it('skips Readability on an abnormally deep page, says so, and stays fast', () => {
		const deep = '<html><head><title>Deep page</title></head><body>' + '<div>'.repeat(20_000) + 'Deep text.' + '</div>'.repeat(20_000) + '</body></html>';
		const started = performance.now();
		const result = parseHtmlArticle('deep.html', deep);
		expect(performance.now() - started).toBeLessThan(5000);
		expect(result.article!.text).toBe('Deep page\n\nDeep text.');
		expect(result.problems[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/too deeply nested/) });
	});
});
