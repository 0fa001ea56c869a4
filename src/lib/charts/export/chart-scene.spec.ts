import { describe, expect, it } from 'vitest';
import { chartView } from '../chart-view';
import { comparison, pole, row, voice } from '../fixtures';
import { chartModel, figureScene } from './chart-scene';
import { figures, offKey, withView } from './figures';
import type { Scene, SceneItem } from './scene';

const few = chartView(
	comparison([
		row('s/a.md', 'Alpha', { words: 1000, assertive: pole(6, 2, 1000), cautious: pole(1, 1, 1000) }),
		row('s/b.md', 'Beta Daily News', {
			words: 200,
			sides: { russia: voice(0, 2, null), nato: voice(2, 2, 0.2, 1) },
			headline: { text: 'Could it happen?', valence: 0.1, alarm: 0.9, question: true, inferred: true }
		})
	])
);
const [lexicon, voices, tone, firstVoice] = figures(few, 'russia', 'Russia');
const texts = (scene: Scene) => scene.items.flatMap((i) => (i.type === 'text' ? [i.text] : []));
const rects = (scene: Scene, fill: string) => scene.items.filter((i): i is Extract<SceneItem, { type: 'rect' }> => i.type === 'rect' && i.fill === fill);
const scene = (f: typeof lexicon, off = new Set<string>()) =>
	figureScene(
		f.title,
		f.charts.map((c) => ({ ...c, config: withView(c.config, c, off, true) })),
		['Story: X', 'Outlets: Alpha, Beta Daily News']
	);

describe('chartModel', () => {
	it('reads a vertical stacked bar chart with two stacks', () => {
		const m = chartModel(lexicon.charts[0].config);
		expect(m.horizontal).toBe(false);
		expect(m.stacked).toBe(true);
		// the chart functions wrap long labels; the scene keeps their lines
		expect(m.categories).toEqual([['Alpha'], ['Beta Daily', 'News']]);
		expect(m.series.map((s) => s.stack)).toEqual(['assertive', 'assertive', 'cautious', 'cautious']);
		expect(m.series[0].values).toEqual([6, 20]);
	});
	it('reads the dot plot: categories from its tick callback, points as given', () => {
		const m = chartModel(firstVoice.charts[0].config);
		expect(m.dots).toBe(true);
		expect(m.categories).toEqual([['Alpha'], ['Beta Daily News', '(Russia not quoted)']]);
		expect(m.series[0].points).toEqual([{ x: 0.5, y: 0 }]);
		expect([m.min, m.max]).toEqual([0, 1]);
		// two lines on a phone's narrow axis, one line in the wide export
		expect(m.valueTitle).toBe('position in the article (0 = top, 1 = end)');
	});
	it('reads a fixed scale and the axis title', () => {
		const m = chartModel(tone.charts[0].config);
		expect([m.min, m.max, m.stacked, m.valueTitle]).toEqual([-1, 1, false, 'score']);
	});
});

describe('figureScene', () => {
	it('writes title, outlets, legend, axis title and caption as text', () => {
		const s = scene(voices);
		const t = texts(s);
		for (const text of ['Whose voice: statements by side', 'Alpha', 'Beta Daily News', 'Russia', 'NATO', 'statements', 'Story: X', 'Outlets: Alpha, Beta Daily News'])
			expect(t).toContain(text);
		expect(s.title).toBe('Whose voice: statements by side');
		expect(s.description).toBe('Story: X\nOutlets: Alpha, Beta Daily News');
	});

	it('draws one bar per non-zero value, with bar lengths in proportion to the values', () => {
		const s = scene(voices);
		// NATO: 3 and 2 statements; Russia: 1 and 0 (no bar for 0); plus the legend swatches
		const nato = rects(s, '#0072B2').filter((r) => r.width !== 14);
		const russia = rects(s, '#D55E00').filter((r) => r.width !== 14);
		expect(nato).toHaveLength(2);
		expect(russia).toHaveLength(1);
		expect(nato[0].height / nato[1].height).toBeCloseTo(3 / 2, 5);
		expect(nato[0].height / russia[0].height).toBeCloseTo(3, 5);
	});

	it('stacks the narration and quoted parts of a pole on one another', () => {
		const s = scene(lexicon);
		const [narration] = rects(s, '#882255').filter((r) => r.width !== 14);
		const [quoted] = rects(s, '#C68AA8').filter((r) => r.width !== 14);
		expect(quoted.x).toBeCloseTo(narration.x, 5);
		expect(quoted.y + quoted.height).toBeCloseTo(narration.y, 5);
	});

	it('leaves switched-off series out of the plot and strikes them through in the legend', () => {
		const s = scene(voices, new Set([offKey('voices', 'nato')]));
		expect(rects(s, '#0072B2').filter((r) => r.width !== 14)).toHaveLength(0);
		const legend = s.items.find((i) => i.type === 'text' && i.text === 'NATO');
		expect(legend).toMatchObject({ struck: true });
	});

	it('draws the dot plot and the kinds chart of the first-voice figure, with its heading', () => {
		const s = scene(firstVoice);
		expect(s.items.filter((i) => i.type === 'circle')).toHaveLength(1);
		expect(texts(s)).toEqual(expect.arrayContaining(['How Russia is voiced', 'Beta Daily News (Russia not quoted)', 'Russia: direct quote']));
	});

	it('grows with the number of outlets and keeps every item inside the canvas', () => {
		const many = chartView(comparison(Array.from({ length: 60 }, (_, i) => row(`s/${i}.md`, `Outlet number ${i}`, { words: 100 + i }))));
		const s = figureScene('T', figures(many, 'russia', 'Russia')[0].charts, ['c']);
		expect(s.height).toBeGreaterThan(60 * 20);
		for (const it of s.items) {
			if (it.type === 'rect') expect(it.x + it.width).toBeLessThanOrEqual(s.width);
			if (it.type === 'text') expect(it.y).toBeLessThanOrEqual(s.height);
		}
		expect(texts(s)).toContain('Outlet number 59');
	});
});

describe('figureScene rows', () => {
	const many = chartView(comparison(Array.from({ length: 90 }, (_, i) => row(`s/${i}.md`, `Outlet number ${i}`, { words: 100 + i * 10 }))));
	const [lexiconMany, voicesMany, , firstMany] = figures(many, 'russia', 'Russia');
	const tickTexts = (s: Scene) => s.items.flatMap((i) => (i.type === 'text' && /^[−\d.]+$/.test(i.text) ? [i.text] : []));

	it('draws only the rows asked for, on the scale of all rows', () => {
		const whole = figureScene('T', lexiconMany.charts, []);
		const part = figureScene('T', lexiconMany.charts, [], { rows: { from: 40, to: 80 } });
		const labels = (s: Scene) => texts(s).filter((t) => t.startsWith('Outlet number'));
		expect(labels(part)).toHaveLength(40);
		expect(labels(part)).toEqual(labels(whole).slice(40, 80));
		expect(tickTexts(part)).toEqual(tickTexts(whole));
		expect(part.height).toBeLessThan(whole.height / 2 + 200);
	});

	it('keeps the dots of the rows asked for, in their rows', () => {
		const part = figureScene('T', firstMany.charts, [], { rows: { from: 0, to: 10 } });
		const whole = figureScene('T', firstMany.charts, []);
		const dots = (s: Scene) => s.items.filter((i) => i.type === 'circle');
		expect(dots(part)).toHaveLength(10);
		expect(dots(whole)).toHaveLength(90);
	});

	it('leaves a short chart whole', () => {
		expect(figureScene('T', voicesMany.charts, [], { rows: { from: 0, to: 200 } }).items.length).toBe(figureScene('T', voicesMany.charts, []).items.length);
	});
});
