import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartView } from '../chart-view';
import { comparison, row } from '../fixtures';
import { figureScene } from './chart-scene';
import { figures } from './figures';
import { escapeXml, sceneToSvg } from './scene-svg';

describe('escapeXml', () => {
	it.each([
		['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
		["Tom & Jerry's", 'Tom &amp; Jerry&apos;s'],
		['bell\u0007 and nul\u0000', 'bell and nul'],
		['lone \uD800 surrogate', 'lone  surrogate'],
		['emoji 😀 kept', 'emoji 😀 kept']
	])('%j -> %j', (text, escaped) => expect(escapeXml(text)).toBe(escaped));
});

describe('sceneToSvg', () => {
	const hostile = 'Evil <b>&</b> "News" \u0001';
	const view = chartView(comparison([row('s/a.md', hostile), row('s/b.md', 'Archyde')]));
	const figure = figures(view, 'russia', 'Russia')[1];
	const svg = sceneToSvg(figureScene(figure.title, figure.charts, ['Story: NATO & Russia', 'Outlets: ' + view.labels.join(', ')]));
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');

	it('is XML that parses, with the outlet names and caption as text nodes', () => {
		const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toContain('Evil <b>&</b> "News" ');
		expect(texts).toContain('Archyde');
		expect(texts).toContain('Story: NATO & Russia');
		expect(doc.querySelectorAll('b')).toHaveLength(0);
	});

	it('is vector: rects and text, no embedded image', () => {
		expect(doc.querySelectorAll('rect').length).toBeGreaterThan(4);
		expect(svg).not.toMatch(/<image|data:image/);
	});

	it('has a white background, a size, a title and a description', () => {
		const root = doc.querySelector('svg')!;
		expect(root.getAttribute('viewBox')).toMatch(/^0 0 960 \d+$/);
		expect(doc.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
		expect(doc.querySelector('title')!.textContent).toBe('Whose voice: statements by side');
		expect(doc.querySelector('desc')!.textContent).toContain('Story: NATO & Russia');
	});
});
