import { describe, expect, it } from 'vitest';
import { chartView, orderFor, teachingLabel, wrapLabel } from './chart-view';
import { comparison, row } from './fixtures';

describe('teachingLabel', () => {
	it.each([
		[0, 'Outlet A'],
		[4, 'Outlet E'],
		[25, 'Outlet Z'],
		[26, 'Outlet AA'],
		[199, 'Outlet GR']
	])('%i -> %s', (i, label) => expect(teachingLabel(i)).toBe(label));

	it('gives 200 outlets 200 distinct labels', () => {
		expect(new Set(Array.from({ length: 200 }, (_, i) => teachingLabel(i))).size).toBe(200);
	});
});

describe('chartView', () => {
	const story = comparison([row('s/a.md', 'Defence24'), row('s/b.md', null), row('s/c.md', 'Archyde')]);

	it('labels outlets by name, falling back to the file name', () => {
		expect(chartView(story).labels).toEqual(['Defence24', 'b.md', 'Archyde']);
	});

	it('hides names in teaching mode, keeping story order', () => {
		expect(chartView(story, { hideNames: true }).labels).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
	});

	it('keeps teaching labels stable when outlets are deselected', () => {
		const view = chartView(story, { hideNames: true, selected: ['s/c.md'] });
		expect(view.labels).toEqual(['Outlet C']);
		expect(view.rows.map((r) => r.path)).toEqual(['s/c.md']);
	});
});

describe('orderFor', () => {
	it('keeps story order for a few outlets', () => {
		const view = chartView(comparison([row('a', 'A', { words: 1 }), row('b', 'B', { words: 3 })]));
		expect(orderFor(view, (r) => r.words)).toEqual([0, 1]);
	});

	it('sorts many outlets by the measure, largest first, ties in story order', () => {
		const rows = Array.from({ length: 12 }, (_, i) => row(`p${i}`, `O${i}`, { words: i % 3 }));
		expect(orderFor(chartView(comparison(rows)), (r) => r.words)).toEqual([2, 5, 8, 11, 1, 4, 7, 10, 0, 3, 6, 9]);
	});
});

describe('wrapLabel', () => {
	it.each([
		['Archyde', 'Archyde'],
		['Illustrated Daily News', ['Illustrated', 'Daily News']],
		['Expressive Info', ['Expressive', 'Info']],
		['Supercalifragilistic', ['Supercalifragilistic']]
	])('%j -> %j', (label, expected) => expect(wrapLabel(label)).toEqual(expected));
});
