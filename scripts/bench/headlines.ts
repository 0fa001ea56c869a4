/**
 * Headline tone against human judgements.
 * - SemEval-2007 Task 14 trial set: Pearson r of our valence with the mean human valence, of wink-nlp's
 *   own sentiment (a separate full-pipe instance, same run) with it, and of our alarm with the mean
 *   human fear score.
 * - GoodNewsEveryone (independent, never used to choose words): does alarm rank headlines whose
 *   dominant emotion is fear above those whose dominant emotion is joy (ROC AUC), and does valence
 *   rank positive-emotion headlines above negative-emotion ones?
 *
 *   npx tsx scripts/bench/headlines.ts            (prints the figures)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Nlp } from '../../src/lib/analysis/text-doc';
import { scoreHeadline, toneLexiconVersion } from '../../src/lib/analysis/tone';

const here = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(here, '../../../shared/data');
export const SEMEVAL_TRIAL = join(DATA_DIR, 'semeval2007/trial.tsv');
export const GNE = join(DATA_DIR, 'goodnewseveryone/gne-release-v1.0.tsv');

export function pearson(a: number[], b: number[]): number {
	const n = a.length;
	if (n < 2) return 0;
	let ma = 0;
	let mb = 0;
	for (let i = 0; i < n; i++) {
		ma += a[i];
		mb += b[i];
	}
	ma /= n;
	mb /= n;
	let s = 0;
	let sa = 0;
	let sb = 0;
	for (let i = 0; i < n; i++) {
		s += (a[i] - ma) * (b[i] - mb);
		sa += (a[i] - ma) ** 2;
		sb += (b[i] - mb) ** 2;
	}
	return sa === 0 || sb === 0 ? 0 : s / Math.sqrt(sa * sb);
}

/** Probability that a random positive scores above a random negative (ties count half). */
export function auc(positives: number[], negatives: number[]): number {
	if (positives.length === 0 || negatives.length === 0) return 0.5;
	const all = [...positives.map((v) => ({ v, p: 1 })), ...negatives.map((v) => ({ v, p: 0 }))].sort((x, y) => x.v - y.v);
	let rankSum = 0;
	for (let i = 0; i < all.length; ) {
		let j = i;
		while (j < all.length && all[j].v === all[i].v) j++;
		const mid = (i + j + 1) / 2; // average 1-based rank of the tie block
		for (let k = i; k < j; k++) if (all[k].p) rankSum += mid;
		i = j;
	}
	const np = positives.length;
	return (rankSum - (np * (np + 1)) / 2) / (np * negatives.length);
}

function readTsv(path: string): Record<string, string>[] {
	const [head, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
	const cols = head.split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
	});
}

export interface HeadlineBench {
	n: number;
	/** Pearson r, our valence vs mean human valence */
	valenceR: number;
	/** Pearson r, wink-nlp's own its.sentiment vs mean human valence, same headlines, same run */
	winkValenceR: number;
	/** Pearson r, our alarm vs mean human fear */
	alarmFearR: number;
	/** Pearson r, negated wink sentiment vs fear: what a plain sentiment scorer gives for fear */
	winkFearR: number;
	/** share of headlines with at least one scored word */
	coverage: number;
	/** 3-way valence accuracy with the task's cut-offs (gold ±50), ours cut at ±0.5 */
	coarseAccuracy: number;
	lexicon: string;
}

export function evaluateHeadlines(nlp: Nlp, tsvPath: string): HeadlineBench {
	const rows = readTsv(tsvPath);
	const full = winkNLP(model);
	const gold: number[] = [];
	const fear: number[] = [];
	const ours: number[] = [];
	const alarm: number[] = [];
	const wink: number[] = [];
	let covered = 0;
	let agree = 0;
	const band = (x: number, cut: number) => (x >= cut ? 1 : x <= -cut ? -1 : 0);
	for (const row of rows) {
		const text = row.headline;
		const tone = scoreHeadline(nlp, { text, start: null, inferred: false, source: 'benchmark' });
		gold.push(Number(row.valence));
		fear.push(Number(row.fear));
		ours.push(tone.valence);
		alarm.push(tone.alarm);
		wink.push(full.readDoc(text).out(full.its.sentiment) as unknown as number);
		if (tone.contributions.length > 0) covered++;
		if (band(Number(row.valence), 50) === band(tone.valence, 0.5)) agree++;
	}
	return {
		n: rows.length,
		valenceR: pearson(ours, gold),
		winkValenceR: pearson(wink, gold),
		alarmFearR: pearson(alarm, fear),
		winkFearR: pearson(
			wink.map((v) => -v),
			fear
		),
		coverage: covered / rows.length,
		coarseAccuracy: agree / rows.length,
		lexicon: toneLexiconVersion()
	};
}

const POSITIVE = new Set(['joy', 'trust', 'positive_surprise', 'pride', 'love_including_like', 'positive_anticipation_including_optimism']);
const NEGATIVE = new Set(['anger', 'annoyance', 'disgust', 'fear', 'guilt', 'sadness', 'shame', 'negative_surprise', 'negative_anticipation_including_pessimism']);

export interface GneBench {
	n: number;
	fear: number;
	joy: number;
	/** ROC AUC of alarm, dominant emotion fear (positives) vs joy (negatives) */
	alarmFearVsJoyAuc: number;
	/** ROC AUC of alarm, fear vs every other dominant emotion */
	alarmFearVsRestAuc: number;
	/** ROC AUC of valence, positive dominant emotions vs negative ones */
	valencePositiveVsNegativeAuc: number;
	/** the same for wink-nlp's own sentiment, same run */
	winkPositiveVsNegativeAuc: number;
}

export function evaluateGoodNewsEveryone(nlp: Nlp, tsvPath: string): GneBench {
	const rows = readTsv(tsvPath);
	const full = winkNLP(model);
	const alarmBy = new Map<string, number[]>();
	const posV: number[] = [];
	const negV: number[] = [];
	const posW: number[] = [];
	const negW: number[] = [];
	for (const row of rows) {
		const emotion = row.dominant_emotion;
		if (!emotion || !row.headline) continue;
		const tone = scoreHeadline(nlp, { text: row.headline, start: null, inferred: false, source: 'benchmark' });
		let list = alarmBy.get(emotion);
		if (!list) alarmBy.set(emotion, (list = []));
		list.push(tone.alarm);
		const polarity = POSITIVE.has(emotion) ? 1 : NEGATIVE.has(emotion) ? -1 : 0;
		if (polarity === 0) continue;
		const w = full.readDoc(row.headline).out(full.its.sentiment) as unknown as number;
		(polarity > 0 ? posV : negV).push(tone.valence);
		(polarity > 0 ? posW : negW).push(w);
	}
	const fear = alarmBy.get('fear') ?? [];
	const joy = alarmBy.get('joy') ?? [];
	const rest = [...alarmBy.entries()].filter(([e]) => e !== 'fear').flatMap(([, v]) => v);
	return {
		n: [...alarmBy.values()].reduce((s, v) => s + v.length, 0),
		fear: fear.length,
		joy: joy.length,
		alarmFearVsJoyAuc: auc(fear, joy),
		alarmFearVsRestAuc: auc(fear, rest),
		valencePositiveVsNegativeAuc: auc(posV, negV),
		winkPositiveVsNegativeAuc: auc(posW, negW)
	};
}

async function main() {
	const { createNlp } = await import('../../src/lib/analysis/nlp');
	const nlp = createNlp();
	const r3 = (x: number) => Math.round(x * 1000) / 1000;
	const round = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? r3(v) : v]));
	if (existsSync(SEMEVAL_TRIAL)) console.log('SemEval-2007 trial', round(evaluateHeadlines(nlp, SEMEVAL_TRIAL)));
	else console.log(`missing ${SEMEVAL_TRIAL}`);
	if (existsSync(GNE)) console.log('GoodNewsEveryone', round(evaluateGoodNewsEveryone(nlp, GNE)));
	else console.log(`missing ${GNE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
