import { describe, expect, it } from 'vitest';
import { chartView } from '../chart-view';
import { comparison, row } from '../fixtures';
import { figures, FIGURE_IDS, isFigureId, offKey, seriesKeys, withView } from './figures';

const view = chartView(comparison([row('s/a.md', 'Alpha'), row('s/b.md', 'Beta')]));
const figs = figures(view, 'russia', 'Russia');

describe('figures', () => {
	it('lists the four chart figures in page order, the first-voice one with two charts', () => {
		expect(figs.map((f) => f.id)).toEqual([...FIGURE_IDS]);
		expect(figs.map((f) => f.charts.map((c) => c.kind))).toEqual([['lexicon'], ['voices'], ['tone'], ['first-voice', 'voice-kinds']]);
		expect(figs[3].title).toBe('When Russia is first heard');
		expect(figs[3].charts[1].heading).toBe('How Russia is voiced');
	});
	it('names one series per dataset', () => {
		for (const f of figs) for (const c of f.charts) expect(c.series).toHaveLength(c.config.data.datasets.length);
		expect(seriesKeys('voices', view)).toEqual(['russia', 'nato']);
	});
	it('says what is counted and how it is normalised for every figure', () => {
		for (const f of figs) expect([f.counted.length > 20, f.normalisation.length > 10]).toEqual([true, true]);
	});
});

describe('withView', () => {
	const chart = figs[1].charts[0];
	it('hides switched-off series and leaves the others', () => {
		const config = withView(chart.config, chart, new Set([offKey('voices', 'nato')]), true);
		expect(config.data.datasets.map((d) => (d as { hidden?: boolean }).hidden)).toEqual([false, true]);
	});
	it('turns the canvas legend off for the screen and on for exports', () => {
		expect(withView(chart.config, chart, new Set(), false).options?.plugins?.legend?.display).toBe(false);
		expect(withView(chart.config, chart, new Set(), true).options?.plugins?.legend?.display).toBe(true);
	});
	it('does not change the config it is given', () => {
		withView(chart.config, chart, new Set([offKey('voices', 'russia')]), false);
		expect((chart.config.data.datasets[0] as { hidden?: boolean }).hidden).toBeUndefined();
		expect(chart.config.options?.plugins?.legend?.display).toBeUndefined();
	});
});

describe('isFigureId', () => {
	it.each([
		['voices', true],
		['strips', false],
		['../x', false]
	])('%s -> %s', (id, ok) => expect(isFigureId(id)).toBe(ok));
});
