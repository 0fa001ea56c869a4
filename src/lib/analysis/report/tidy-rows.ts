import type { ArticleReport } from '../types';

/** One row per article x measure x subset: the shape spreadsheets and R/pandas users expect. */
export interface TidyRow {
	article: string;
	outlet: string;
	measure: string;
	/** narration / quoted / all for word rates, the side id for voices, 'headline' or 'body' for tone */
	subset: string;
	/** the raw count behind the value, empty when the measure is not a count */
	count: number | null;
	value: number | null;
	unit: string;
	/** what the count was divided by, empty when nothing was */
	denominator: number | null;
}

export const TIDY_COLUMNS: (keyof TidyRow)[] = ['article', 'outlet', 'measure', 'subset', 'count', 'value', 'unit', 'denominator'];

const PER_1000 = 'per 1,000 words';

/** Six decimals: enough to re-derive every figure shown, without float noise in the file. */
export function round(value: number | null): number | null {
	return value === null ? null : Math.round(value * 1e6) / 1e6;
}

export function tidyRows(reports: ArticleReport[]): TidyRow[] {
	const rows: TidyRow[] = [];
	for (const r of reports) {
		const push = (measure: string, subset: string, count: number | null, value: number | null, unit: string, denominator: number | null) =>
			rows.push({ article: r.path, outlet: r.outlet ?? '', measure, subset, count, value: round(value), unit, denominator });
		const lx = r.lexicon;
		push('words', 'all', r.words, r.words, 'words', null);
		for (const pole of ['assertive', 'cautious'] as const) {
			const p = lx[pole];
			push(pole, 'all', p.count, p.per1000, PER_1000, r.words);
			push(pole, 'narration', p.narration.count, p.narration.per1000, PER_1000, lx.narrationWords);
			push(pole, 'quoted', p.quoted.count, p.quoted.per1000, PER_1000, lx.quotedWords);
		}
		push('framing index', 'all', lx.assertive.count + lx.cautious.count, lx.index, 'index (A-C)/(A+C)', null);
		push('framing index', 'narration', lx.assertive.narration.count + lx.cautious.narration.count, lx.narrationIndex, 'index (A-C)/(A+C)', null);
		const voices = Object.entries(r.voices);
		const total = voices.reduce((n, [, v]) => n + v.statements, 0);
		for (const [side, v] of voices) {
			push('statements', side, v.statements, v.share, 'share of statements', total);
			push('direct statements', side, v.direct, null, 'statements', null);
			push('reported statements', side, v.reported, null, 'statements', null);
			push('mixed statements', side, v.mixed, null, 'statements', null);
			push('quoted words', side, v.quotedWords, null, 'words', null);
			push('first appearance', side, null, v.firstAppearance, 'fraction of the body (0 = top)', null);
		}
		push('valence', 'headline', null, r.headline.valence, 'valence [-1, 1]', null);
		push('alarm', 'headline', null, r.headline.alarm, 'alarm [0, 1]', null);
		push('question', 'headline', null, r.headline.question ? 1 : 0, '1 = question', null);
		push('inferred', 'headline', null, r.headline.inferred ? 1 : 0, '1 = headline inferred', null);
		push('valence', 'body', null, r.tone.bodyValence, 'valence [-1, 1]', null);
		push('alarm', 'body', null, r.tone.bodyAlarm, 'alarm [0, 1]', null);
	}
	return rows;
}
