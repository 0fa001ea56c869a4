import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TIDY_COLUMNS, tidyRows } from '../../analysis/report/tidy-rows';
import { chartDataRows, HIT_COLUMNS, hitRows, hitsCsv, STATEMENT_COLUMNS, statementsCsv, tidyCsv, toCsv } from './csv';
import { realStory } from './real-reports';

const { reports, texts } = realStory();
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('toCsv', () => {
	it('writes a header, quotes what needs quoting and ends with a newline', () => {
		expect(toCsv([{ a: 'x, "y"', b: 1 }], ['a', 'b'])).toBe('a,b\n"x, ""y""",1\n');
	});
	it('defuses spreadsheet formulas in text cells only when asked, never in numbers', () => {
		expect(toCsv([{ a: '=HYPERLINK("x")', b: -1 }], ['a', 'b'], { escapeFormulae: true })).toBe('a,b\n"\'=HYPERLINK(""x"")",-1\n');
		expect(toCsv([{ a: '=1+1' }], ['a'])).toBe('a\n=1+1\n');
	});
	it('writes a header for no rows', () => expect(toCsv([], ['a', 'b'] as never[])).toBe('a,b\n'));
});

describe('tidyCsv', () => {
	it('is the tidy rows, one CSV row each, numbers as numbers', () => {
		const parsed = parse(tidyCsv(reports));
		expect(parsed.meta.fields).toEqual(TIDY_COLUMNS);
		const rows = tidyRows(reports);
		expect(parsed.data).toHaveLength(rows.length);
		parsed.data.forEach((r, i) => {
			expect(r.article).toBe(rows[i].article);
			expect(r.value === '' ? null : Number(r.value)).toBe(rows[i].value);
		});
	});
});

describe('chartDataRows', () => {
	const label = (_: unknown, i: number) => `Outlet ${'ABCDE'[i]}`;
	it('keeps the figure’s measures and the tidy values, labels outlets as on screen', () => {
		const rows = chartDataRows('voices', reports, { focus: 'russia', label, hideNames: true });
		expect(new Set(rows.map((r) => r.measure))).toEqual(new Set(['statements']));
		expect(rows.every((r) => r.article === '')).toBe(true);
		expect(rows[0].outlet).toBe('Outlet A');
		const tidy = tidyRows(reports).filter((r) => r.measure === 'statements');
		expect(rows.map((r) => [r.subset, r.count, r.value])).toEqual(tidy.map((r) => [r.subset, r.count, r.value]));
	});
	it('follows only the focus side in the first-voice figure', () => {
		const rows = chartDataRows('first-voice', reports, { focus: 'russia', label, hideNames: false });
		expect(new Set(rows.map((r) => r.subset))).toEqual(new Set(['russia']));
		expect(rows.filter((r) => r.measure === 'first appearance')).toHaveLength(reports.length);
		expect(rows[0].article).toBe(reports[0].path);
	});
	it('gives the lexicon figure counts and rates per pole and voice', () => {
		const rows = chartDataRows('lexicon', reports, { focus: 'russia', label, hideNames: false });
		const a = rows.find((r) => r.measure === 'assertive' && r.subset === 'all' && r.outlet === 'Outlet A')!;
		expect([a.count, a.denominator]).toEqual([reports[0].lexicon.assertive.count, reports[0].words]);
	});
});

describe('statementsCsv', () => {
	const parsed = parse(statementsCsv(reports));
	it('has one row per statement with the documented columns', () => {
		expect(parsed.meta.fields).toEqual(STATEMENT_COLUMNS);
		expect(parsed.data).toHaveLength(reports.reduce((n, r) => n + r.statements.length, 0));
	});
	it('gives offsets that slice the evidence out of the article file', () => {
		for (const row of parsed.data) {
			const text = texts.get(row.article)!;
			expect(text.slice(Number(row.content_start), Number(row.content_end))).toBe(row.content.replace(/^'(?=[=+\-@\t\r])/, ''));
			if (row.cue) expect(text.slice(Number(row.cue_start), Number(row.cue_end))).toBe(row.cue.replace(/^'(?=[=+\-@\t\r])/, ''));
		}
	});
});

describe('hitsCsv', () => {
	const parsed = parse(hitsCsv(reports));
	it('has the documented columns', () => expect(parsed.meta.fields).toEqual(HIT_COLUMNS));
	it('recounts to the report counts: counted rows per article and pole', () => {
		for (const r of reports) {
			for (const pole of ['assertive', 'cautious'] as const) {
				const n = parsed.data.filter((h) => h.article === r.path && h.category === pole && h.counted === '1').length;
				expect(n).toBe(r.lexicon[pole].count);
			}
		}
	});
	it('lists negated matches as not counted, with the negating word', () => {
		const negated = hitRows(reports).filter((h) => h.excluded === 'negated');
		expect(negated).toHaveLength(reports.reduce((n, r) => n + r.lexicon.negated.length, 0));
		for (const h of negated) expect([h.counted, h.note.length > 0]).toEqual([0, true]);
	});
	it('gives offsets that slice the matched words out of the file', () => {
		for (const h of hitRows(reports)) expect(texts.get(h.article)!.slice(h.start, h.end)).toBe(h.text);
	});
});
