import { describe, expect, it } from 'vitest';
import { realStory } from '../../charts/export/real-reports';
import { articleReportSchema, evidenceProblems, reportListSchema, storyReportsSchema, type SchemaMatchesTypes } from './report-schema';

// fails to compile if the schema and ArticleReport drift apart
const agree: SchemaMatchesTypes = [true, true];

const { reports, texts, sides } = realStory();

describe('articleReportSchema', () => {
	it('accepts every real report of the bundled story', () => {
		expect(agree).toEqual([true, true]);
		expect(reports.length).toBeGreaterThanOrEqual(5);
		for (const r of reports) {
			const result = articleReportSchema.safeParse(r);
			expect(result.error?.issues ?? []).toEqual([]);
		}
	});

	it('accepts a report as JSON would carry it, and one written before hits could be marked wrong', () => {
		const copy = JSON.parse(JSON.stringify(reports[0]));
		delete copy.lexicon.ignored;
		expect(articleReportSchema.parse(copy).lexicon.ignored).toEqual([]);
	});

	const broken: [string, (r: Record<string, any>) => void][] = [
		['a missing path', (r) => delete r.path],
		['a count that is not an integer', (r) => (r.lexicon.assertive.count = 1.5)],
		['a negative offset', (r) => (r.body.start = -1)],
		['valence outside [-1, 1]', (r) => (r.headline.valence = 2)],
		['an unknown statement kind', (r) => (r.statements[0].kind = 'shouted')],
		['a share above 1', (r) => (Object.values(r.voices)[0] as { share: number }).share = 1.2],
		['a span that ends before it starts', (r) => (r.statements[0].content.end = r.statements[0].content.start - 1)],
		['an index outside [-1, 1]', (r) => (r.lexicon.index = NaN)]
	];
	it.each(broken)('rejects %s', (_, breakIt) => {
		const copy = structuredClone(reports.find((r) => r.statements.length > 0)!) as unknown as Record<string, any>;
		breakIt(copy);
		expect(articleReportSchema.safeParse(copy).success).toBe(false);
	});
});

describe('reportListSchema and storyReportsSchema', () => {
	it('accept what `framing analyze --format json` and reports.json carry', () => {
		expect(reportListSchema.safeParse(reports).success).toBe(true);
		const file = {
			app: 'Framing dashboard',
			exported: '2026-11-21',
			story: { slug: 'nato-proactive-2025', title: 'T', description: '' },
			lexiconVersion: 'l',
			actorsVersion: 'a',
			sides,
			problems: [],
			reports
		};
		expect(storyReportsSchema.safeParse(file).success).toBe(true);
		expect(storyReportsSchema.safeParse({ ...file, exported: 'yesterday' }).success).toBe(false);
	});
});

describe('evidenceProblems', () => {
	it('finds none in the real reports', () => {
		for (const r of reports) expect(evidenceProblems(r, texts.get(r.path)!)).toEqual([]);
	});
	it('finds a span that does not slice out its text', () => {
		const copy = structuredClone(reports[0]);
		copy.lexicon.hits[0] = { ...copy.lexicon.hits[0], start: copy.lexicon.hits[0].start + 1 };
		expect(evidenceProblems(copy, texts.get(copy.path)!)).toHaveLength(1);
	});
});
