import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER, parseMarkdownArticle } from './parse-markdown-article';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseMarkdownArticle', () => {
	it('reads front matter, points at the headline in the file and finds the body', () => {
		const text = fixture('article.md');
		const { article, problems } = parseMarkdownArticle('article.md', text);
		expect(problems).toEqual([]);
		expect(article).not.toBeNull();
		const a = article!;
		expect(a.format).toBe('md');
		expect(a.text).toBe(text);
		expect(a.meta).toMatchObject({
			outlet: 'Defence24',
			author: 'Karolina Kisiel',
			published: '2025-12-02',
			language: 'en',
			notes: 'Site defence24.com.\nCleaned of a byline.\n'
		});
		expect(a.headline).toMatchObject({ text: 'Proactive NATO: a real shift or rhetoric?' });
		expect(text.slice(a.headline!.start!, a.headline!.end!)).toBe('Proactive NATO: a real shift or rhetoric?');
		expect(text.slice(a.body.start, a.body.end)).toBe(
			'Drones in Poland. Military aircraft in Estonian airspace.\nThe clearest recent example comes from NATO’s Chair of Military Committee.'
		);
	});

	it('keeps offsets into the text as read when the file starts with a byte-order mark', () => {
		const text = '\uFEFF' + fixture('article.md');
		const a = parseMarkdownArticle('bom.md', text).article!;
		expect(text.slice(a.headline!.start!, a.headline!.end!)).toBe(a.headline!.text);
		expect(text.slice(a.body.start, a.body.start + 6)).toBe('Drones');
	});

	it('reads a file without front matter as all body and no headline', () => {
		const text = fixture('no-front-matter.md');
		const { article, problems } = parseMarkdownArticle('plain.md', text);
		expect(problems).toEqual([]);
		expect(article!.headline).toBeNull();
		expect(article!.body).toEqual({ start: 0, end: text.trimEnd().length });
	});

	it('refuses broken YAML with the file line and a fix', () => {
		const { article, problems } = parseMarkdownArticle('broken-yaml.md', fixture('broken-yaml.md'));
		expect(article).toBeNull();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'broken-yaml.md', line: 3, severity: 'error' });
		expect(problems[0].fix).toMatch(/double quotes/);
	});

	it('refuses front matter that is never closed', () => {
		const { article, problems } = parseMarkdownArticle('unclosed.md', fixture('unclosed.md'));
		expect(article).toBeNull();
		expect(problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/never closed/) });
	});

	it('keeps the article when fields are bad, and reports each by field and line', () => {
		const { article, problems } = parseMarkdownArticle('bad-fields.md', fixture('bad-fields.md'));
		expect(article).not.toBeNull();
		expect(article!.meta.url).toBeNull();
		expect(article!.meta.published).toBeNull();
		expect(problems.map((p) => [p.field, p.line, p.severity])).toEqual([
			['url', 4, 'warning'],
			['published', 5, 'warning'],
			['autor', 6, 'warning']
		]);
	});

	it('gives a headline without offsets when it is written with escapes', () => {
		const text = '---\nheadline: "NATO \\u2018proactive\\u2019"\n---\nBody text.';
		const a = parseMarkdownArticle('esc.md', text).article!;
		expect(a.headline).toEqual({
			text: 'NATO ‘proactive’',
			start: null,
			end: null,
			source: 'the `headline` field of the front matter'
		});
	});

	it('warns when there is no body below the front matter', () => {
		const { article, problems } = parseMarkdownArticle('empty-body.md', '---\nheadline: X\n---\n\n  \n');
		expect(article).not.toBeNull();
		expect(article!.body.start).toBe(article!.body.end);
		expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: 'the article has no body text' })]);
	});

	it('refuses a front matter longer than metadata can be, without parsing it', () => {
		const text = `---\nnotes: ${'x'.repeat(MAX_FRONT_MATTER)}\n---\nBody.`;
		const { article, problems } = parseMarkdownArticle('long.md', text);
		expect(article).toBeNull();
		expect(problems[0].message).toMatch(/more than the 16384 allowed/);
	});

	it('refuses a YAML alias bomb instead of expanding it', () => {
		const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 10; i++) {
			const prev = String.fromCharCode(96 + i);
			levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
		}
		const started = performance.now();
		const { article, problems } = parseMarkdownArticle('bomb.md', `---\n${levels.join('\n')}\n---\nBody.`);
		expect(performance.now() - started).toBeLessThan(3000);
		expect(article).toBeNull();
		expect(problems[0].message).toMatch(/cannot be expanded/);
	});

	it('shows a non-text key briefly and on one line', () => {
		const { problems } = parseMarkdownArticle('key.md', '---\n? [a, b]\n: c\n---\nBody.');
		expect(problems).toHaveLength(1);
		expect(problems[0].field).not.toMatch(/\n/);
		expect(problems[0].message).toMatch(/unknown front-matter field/);
	});
});
