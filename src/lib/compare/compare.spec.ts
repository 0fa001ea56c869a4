import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { alignment, TEXTS } from './fixtures';
import { divergenceRows, divergencesCsv, groupRows, groupsCsv, similarityCsv, similarityRows } from './compare-csv';
import { compareData, elsewhereOf, pageOf } from './compare-data';
import { capped, compareSearch, readCompareQuery } from './compare-view.svelte';
import { articleLabels, listText } from './labels';
import { nearestOf } from './nearest';

describe('fixture', () => {
	it('has offsets that slice the texts', () => {
		const a = alignment();
		for (const g of a.groups) for (const m of g.members) expect(TEXTS[m.article].slice(m.start, m.end)).toBe(m.text);
		for (const d of a.divergences) for (const m of d.mentions) expect(TEXTS[m.article].slice(m.start, m.end)).toBe(m.text);
	});
});

describe('labels', () => {
	it('name outlets, fall back to the file name, and hide both in teaching mode', () => {
		const a = alignment();
		expect(articleLabels(a.articles, false)).toEqual(['Alpha', 'Beta', 'gamma.md']);
		expect(articleLabels(a.articles, true)).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
		expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
		expect(listText(['A'])).toBe('A');
	});
});

describe('groups.csv', () => {
	it('has one row per member with the wording differences in their own columns', () => {
		const rows = groupRows(alignment(), { hideNames: false });
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({ group: 0, group_label: 'studying everything', outlet: 'Alpha', article: 's/alpha.md', is_reference: 1, verb: 'said', left_out_by: 'gamma.md', cue_lemma: 'say' });
		expect(rows[1]).toMatchObject({ outlet: 'Beta', is_reference: 0, similarity: 0.62, different_words: 'Officials are | Russia warned', verb: 'warned', side: 'russia' });
	});

	it('parses back, and in teaching mode names no outlet or file', () => {
		const csv = groupsCsv(alignment(), { hideNames: true });
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data.map((r) => r.outlet)).toEqual(['Outlet A', 'Outlet B']);
		expect(parsed.data[0].left_out_by).toBe('Outlet C');
		expect(csv).not.toMatch(/Alpha|Beta|alpha\.md|gamma/);
		expect(parsed.data[1].sentence).toBe('Officials are studying everything, Russia warned.');
	});
});

describe('divergences.csv', () => {
	it('has one row per mention with the value, its offsets and its sentence', () => {
		const rows = divergenceRows(alignment(), { hideNames: false });
		expect(rows.map((r) => [r.outlet, r.value, TEXTS[['Alpha', 'Beta'].indexOf(r.outlet)].slice(r.start, r.end)])).toEqual([
			['Alpha', 'Cavallaro', 'Cavallaro'],
			['Beta', 'Cavo Dragone', 'Cavo Dragone']
		]);
		expect(rows[0]).toMatchObject({ kind: 'name', within_article: 0, group: null, sentence: 'Cavallaro spoke on Monday.', sentence_index: 1 });
		const parsed = Papa.parse<Record<string, string>>(divergencesCsv(alignment(), { hideNames: false }), { header: true, skipEmptyLines: true });
		expect(parsed.data).toHaveLength(2);
		expect(parsed.data[1].value).toBe('Cavo Dragone');
	});

	it('keeps a spreadsheet from running article text as a formula', () => {
		const a = alignment();
		a.divergences[0].mentions[0].sentence.text = '=HYPERLINK("x")';
		expect(divergencesCsv(a, { hideNames: false })).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

describe('similarity.csv', () => {
	it('has one row per pair with the shared passage words', () => {
		const rows = similarityRows(alignment(), { hideNames: false });
		expect(rows.map((r) => [r.outlet_a, r.outlet_b, r.similarity, r.shared_passage_words])).toEqual([
			['Alpha', 'Beta', 0.4, 2],
			['Alpha', 'gamma.md', 0.05, 0],
			['Beta', 'gamma.md', 0.1, 0]
		]);
		expect(similarityCsv(alignment(), { hideNames: false }).split('\n')[0]).toBe('article_a,outlet_a,article_b,outlet_b,similarity,shared_passage_words');
	});
});

describe('nearestOf', () => {
	it("gives each article its most similar other article, most similar first", () => {
		expect(nearestOf(alignment().similarity)).toEqual([
			{ article: 0, other: 1, similarity: 0.4 },
			{ article: 1, other: 0, similarity: 0.4 },
			{ article: 2, other: 1, similarity: 0.1 }
		]);
		expect(nearestOf([[1]])).toEqual([]);
	});
});

describe('compareData', () => {
	const story = { slug: 's', title: 'S', lexiconVersion: 'l1', actorsVersion: 'a1', sides: [{ id: 'russia', label: 'Russia', sources: [] }] };
	it('keeps the matrix for a few articles', () => {
		const data = compareData(story, alignment(), ['alpha', 'beta', 'gamma']);
		expect(data.similarity).toHaveLength(3);
		expect(data.sides).toEqual([{ id: 'russia', label: 'Russia' }]);
		expect(data.groups).toMatchObject({ page: 1, pages: 1, total: 1 });
		expect(data.groupLabels).toEqual({ 0: 'studying everything' });
	});
	it('drops the matrix for many articles and keeps each closest match', () => {
		const a = alignment();
		const n = 40;
		a.articles = Array.from({ length: n }, (_, i) => ({ path: `s/${i}.md`, outlet: `O${i}`, words: 10, sentences: 1 }));
		a.similarity = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 1 / (1 + Math.abs(i - j)))));
		const data = compareData(story, a, a.articles.map((_, i) => String(i)));
		expect(data.similarity).toBeNull();
		expect(data.nearest).toHaveLength(n);
	});
	it('serves one page of groups, most widely reported first, and the page of a group asked for', () => {
		const a = alignment();
		const base = a.groups[0];
		a.groups = Array.from({ length: 45 }, (_, id) => ({ ...base, id, articles: id === 44 ? [0, 1, 2] : [0, 1] }));
		const first = compareData(story, a, ['a', 'b', 'c']);
		expect(first.groups).toMatchObject({ page: 1, pages: 3, total: 45 });
		expect(first.groups.items.map((g) => g.id).slice(0, 3)).toEqual([44, 0, 1]);
		expect(compareData(story, a, ['a', 'b', 'c'], { group: 30, groupsPage: 1, passagesPage: 1 }).groups.page).toBe(2);
		expect(compareData(story, a, ['a', 'b', 'c'], { group: null, groupsPage: 9, passagesPage: 1 }).groups.page).toBe(3);
	});
	it('pages clamp to the list', () => {
		expect(pageOf([1, 2, 3], 0, 2)).toEqual({ items: [1, 2], page: 1, pages: 2, total: 3 });
		expect(pageOf([], 5, 2)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
	});
});

describe('elsewhereOf', () => {
	it("lists an article's groups, its divergences and what it leaves out", () => {
		const a = alignment();
		const beta = elsewhereOf(a, ['alpha', 'beta', 'gamma'], 1, []);
		expect(beta.groups.map((g) => g.id)).toEqual([0]);
		expect(beta.divergences.map((d) => d.id)).toEqual([0]);
		const gamma = elsewhereOf(a, ['alpha', 'beta', 'gamma'], 2, []);
		expect(gamma.groups).toEqual([]);
		expect(gamma.leftOut).toEqual([{ id: 0, label: 'studying everything', carriedBy: 2 }]);
		expect(gamma.omission?.sides).toEqual(['russia', 'nato']);
	});
});

describe('compare view query', () => {
	it('reads and writes teaching mode and the open group', () => {
		expect(readCompareQuery(new URLSearchParams('hide=1&group=3&groups-page=2'))).toEqual({ hideNames: true, group: 3, groupsPage: 2, passagesPage: 1 });
		expect(readCompareQuery(new URLSearchParams('group=x&passages-page=-1'))).toEqual({ hideNames: false, group: null, groupsPage: 1, passagesPage: 1 });
		expect(compareSearch({ hideNames: true, group: 3, groupsPage: 1, passagesPage: 2 })).toBe('hide=1&group=3&passages-page=2');
		expect(compareSearch({ hideNames: false, group: null, groupsPage: 1, passagesPage: 1 })).toBe('');
	});
	it('caps long lists unless all are asked for', () => {
		expect(capped([1, 2, 3], 2, false)).toEqual([1, 2]);
		expect(capped([1, 2, 3], 2, true)).toEqual([1, 2, 3]);
	});
});
