import { describe, expect, it } from 'vitest';
import { APP_NAME, captionLines, outletList, type ExportContext } from './caption';

const ctx: ExportContext = {
	storyTitle: "NATO's 'proactive' posture",
	outlets: ['Defence24', 'Archyde'],
	hideNames: false,
	lexiconVersion: 'lex-1',
	actorsVersion: 'act-1',
	totalArticles: 2,
	date: '2026-11-21'
};
const figure = { counted: 'statements by side', normalisation: 'none: counts' };

describe('captionLines', () => {
	it('says story, outlets, what is counted, normalisation, versions, articles, date and app', () => {
		expect(captionLines(figure, ctx)).toEqual([
			"Story: NATO's 'proactive' posture",
			'Outlets: Defence24, Archyde',
			'Counted: statements by side',
			'Normalisation: none: counts',
			`Word lists lex-1 · actors act-1 · 2 articles · exported 2026-11-21 · ${APP_NAME}`
		]);
	});
	it('says when names are hidden and when only some articles are shown', () => {
		const lines = captionLines(figure, { ...ctx, outlets: ['Outlet B'], hideNames: true });
		expect(lines[1]).toBe('Outlets: Outlet B (names hidden: teaching mode)');
		expect(lines.at(-1)).toContain('1 of 2 articles');
	});
	it('lists switched-off series', () => {
		expect(captionLines(figure, { ...ctx, hiddenSeries: ['Russia', 'NATO'] })).toContain('Not shown (switched off): Russia, NATO');
	});
});

describe('outletList', () => {
	it('lists a few outlets in full', () => expect(outletList(['A', 'B'])).toBe('A, B'));
	it('counts the rest of many', () => {
		const labels = Array.from({ length: 200 }, (_, i) => `O${i}`);
		expect(outletList(labels)).toBe('O0, O1, O2, O3, O4, O5, O6, O7, O8, O9 … and 190 more');
	});
});
