import { describe, expect, it } from 'vitest';
import { chartView } from './chart-view';
import { comparison, pole, row, voice } from './fixtures';
import { lexiconChart } from './lexicon-chart';
import { voicesChart } from './voices-chart';
import { toneChart, headlineLabel } from './tone-chart';
import { firstVoiceChart, voiceKindsChart } from './first-voice-chart';
import { sideColour } from './palette';
import { numericTick } from './tick-format';
import { chartHeight, INK } from './base-options';
import { figures } from './export/figures';

const few = chartView(
	comparison([
		row('s/a.md', 'Alpha', { words: 1000, assertive: pole(6, 2, 1000), cautious: pole(1, 1, 1000) }),
		row('s/b.md', 'Beta', {
			words: 200,
			sides: { russia: voice(0, 2, null), nato: voice(2, 2, 0.2, 1) },
			headline: { text: 'Could it happen?', valence: 0.1, alarm: 0.9, question: true, inferred: true }
		})
	])
);
const many = chartView(comparison(Array.from({ length: 30 }, (_, i) => row(`s/${i}.md`, `Outlet ${i}`, { words: 100 + i * 10 }))));

describe('lexiconChart', () => {
	const config = lexiconChart(few);
	it('stacks narration and quoted parts per pole, each divided by all the words', () => {
		expect(config.data.datasets.map((d) => [d.label, d.stack])).toEqual([
			["Assertive, outlet's narration", 'assertive'],
			['Assertive, quoted speech', 'assertive'],
			["Cautious, outlet's narration", 'cautious'],
			['Cautious, quoted speech', 'cautious']
		]);
		expect(config.data.datasets[0].data).toEqual([6, 20]);
		expect(config.data.datasets[1].data).toEqual([2, 5]);
		// the stack adds up to the article's rate
		expect((config.data.datasets[0].data[0] as number) + (config.data.datasets[1].data[0] as number)).toBe(8);
	});
	it('puts the counts behind every bar in its tooltip notes', () => {
		expect((config.data.datasets[0] as unknown as { notes: string[] }).notes[0]).toMatch(/^6 of 8 assertive terms/);
	});
	it('turns horizontal and sorted for many outlets', () => {
		const c = lexiconChart(many);
		expect(c.options?.indexAxis).toBe('y');
		expect(c.data.labels?.length).toBe(30);
	});
	it('uses vertical bars for a few outlets', () => {
		expect(config.options?.indexAxis).toBe('x');
	});
});

describe('voicesChart', () => {
	const config = voicesChart(few, 'russia');
	it('has one dataset per side in the side colours, counts not shares', () => {
		expect(config.data.datasets.map((d) => d.label)).toEqual(['Russia', 'NATO']);
		expect(config.data.datasets[0].backgroundColor).toBe(sideColour('russia'));
		expect(config.data.datasets[0].data).toEqual([1, 0]);
		expect(config.data.datasets[1].data).toEqual([3, 2]);
	});
	it('outlines the focus side', () => {
		expect(config.data.datasets[0].borderColor).toBe('#000000');
		expect(config.data.datasets[1].borderColor).not.toBe('#000000');
	});
});

describe('toneChart', () => {
	it('plots valence and alarm on one -1..1 scale, flags under the label', () => {
		const config = toneChart(few);
		expect(config.data.datasets.map((d) => d.data)).toEqual([
			[-0.2, 0.1],
			[0.4, 0.9]
		]);
		expect(config.data.labels?.[1]).toEqual(['Beta', '(question, inferred headline)']);
		expect(config.options?.scales?.y).toMatchObject({ min: -1, max: 1 });
	});
	it.each([
		[{ question: false, inferred: false }, 'X'],
		[{ question: true, inferred: false }, ['X', '(question)']]
	])('headlineLabel %o', (flags, expected) => {
		expect(headlineLabel('X', row('p', 'X', { headline: { text: '', valence: 0, alarm: 0, ...flags } }))).toEqual(expected);
	});
});

describe('firstVoiceChart', () => {
	const config = firstVoiceChart(few, 'russia');
	it('plots a dot only where the side is quoted, and says so where it is not', () => {
		expect(config.data.datasets[0].data).toEqual([{ x: 0.5, y: 0 }]);
		const ticks = (config.options?.scales?.y as { ticks: { callback: (v: number) => unknown } }).ticks;
		expect(ticks.callback(1)).toEqual(['Beta', '(Russia not quoted)']);
	});
});

describe('the focus-side charts with many outlets', () => {
	// 30 outlets, every third quotes Russia: the silent ones would be two-line labels on 18-pixel rows
	const mixed = chartView(
		comparison(
			Array.from({ length: 30 }, (_, i) =>
				row(`s/${i}.md`, `Outlet ${i}`, { sides: { russia: i % 3 ? voice(0, 4, null) : voice(1 + (i % 4), 4, i / 30, 1), nato: voice(3, 4, 0.1) } })
			)
		)
	);
	const quoted = Array.from({ length: 10 }, (_, k) => `Outlet ${k * 3}`);
	it('draw only the outlets that quote the side, each on a one-line label', () => {
		const first = firstVoiceChart(mixed);
		const ticks = (first.options?.scales?.y as { ticks: { callback: (v: number) => unknown } }).ticks;
		const labels = Array.from({ length: 10 }, (_, k) => ticks.callback(k));
		expect(new Set(labels)).toEqual(new Set(quoted));
		expect(ticks.callback(10)).toBe('');
		expect(first.data.datasets[0].data).toHaveLength(10);
		const kinds = voiceKindsChart(mixed);
		expect(new Set(kinds.data.labels)).toEqual(new Set(quoted));
		expect(kinds.data.datasets[0].data).toHaveLength(10);
	});
	it('still sort their rows by the chart’s measure', () => {
		const first = firstVoiceChart(mixed);
		const xs = first.data.datasets[0].data.map((p) => (p as { x: number }).x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});
	it('are as tall as the rows they draw, and the caption says who is left out and where they are', () => {
		const fig = figures(mixed, 'russia', 'Russia')[3];
		expect(fig.charts.map((c) => c.height)).toEqual([chartHeight(10, true, 18), chartHeight(10, true, 18)]);
		expect(fig.caption).toContain('The 20 of 30 articles that never quote Russia are left out of these two charts; the table lists every article.');
		expect(figures(few, 'russia', 'Russia')[3].caption).not.toContain('left out');
	});
	it('keep every outlet when there are few, silent ones labelled', () => {
		expect(voiceKindsChart(few).data.labels).toEqual(['Alpha', 'Beta']);
	});
});

describe('voiceKindsChart', () => {
	it('splits the focus side into direct, mixed and reported', () => {
		const config = voiceKindsChart(few, 'nato');
		expect(config.data.datasets.map((d) => d.data)).toEqual([
			[2, 1],
			[0, 0],
			[1, 1]
		]);
	});
});

describe('value axes', () => {
	const valueAxes = [
		['lexicon', lexiconChart(few).options?.scales?.y],
		['voices', voicesChart(few).options?.scales?.y],
		['tone', toneChart(few).options?.scales?.y],
		['first voice', firstVoiceChart(few).options?.scales?.x],
		['voice kinds', voiceKindsChart(few).options?.scales?.x]
	] as const;
	it.each(valueAxes)('%s: labels ticks without Intl, in the shared ink, whatever else the chart sets', (_, scale) => {
		const ticks = (scale as { ticks: { callback: unknown; color: string } }).ticks;
		expect(ticks.callback).toBe(numericTick);
		expect(ticks.color).toBe(INK);
	});
	const outletAxes = [
		['lexicon', lexiconChart(few).options?.scales?.x],
		['voices', voicesChart(few).options?.scales?.x],
		['tone', toneChart(few).options?.scales?.x],
		['first voice', firstVoiceChart(few).options?.scales?.y],
		['voice kinds', voiceKindsChart(few).options?.scales?.y]
	] as const;
	it.each(outletAxes)('%s: outlet labels in the shared ink and font, free to stand upright, even with the chart’s own label callback', (_, scale) => {
		const ticks = (scale as { ticks: { color: string; font: { size: number }; maxRotation: number } }).ticks;
		expect(ticks.color).toBe(INK);
		expect(ticks.font.size).toBe(12);
		expect(ticks.maxRotation).toBe(90);
	});
	it('keeps a chart’s own tick settings (whole statements only)', () => {
		expect((voicesChart(few).options?.scales?.y as { ticks: { precision: number } }).ticks.precision).toBe(0);
	});
});
