/**
 * The cautious pole's hedges against human judgements: CoNLL-2010 shared task 1, Wikipedia sentences
 * labelled certain / uncertain (weasel words and hedges), a balanced sample of 3,000.
 * A sentence is predicted uncertain when it has at least one counted (not negated) hit of the
 * hedges subcategory. Restraint hits do not count: "diplomacy" or "careful" say nothing about the
 * certainty of a claim, so counting them would measure something else.
 *
 *   npx tsx scripts/bench/hedges.ts            (prints the figures)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexicon, defaultLexicon, matchLexicon } from '../../src/lib/analysis/lexicon';
import { readText, type Nlp } from '../../src/lib/analysis/text-doc';
import type { LexiconData } from '../../src/lib/analysis/types';

const here = dirname(fileURLToPath(import.meta.url));
export const HEDGES_TSV = join(here, '../../../shared/data/hedges/conll2010_wiki_uncertainty_sample.tsv');

export interface Scores {
	precision: number;
	recall: number;
	f1: number;
	accuracy: number;
}

export interface HedgeEvaluation extends Scores {
	lexiconVersion: string;
	/** the subcategories whose hits make a sentence "uncertain" */
	counted: string[];
	sentences: number;
	uncertain: number;
	confusion: { tp: number; fp: number; fn: number; tn: number };
	/** everything predicted uncertain */
	baseline: Scores;
	/** hedge terms by the number of sentences they flagged, most first: right (uncertain) and wrong (certain) */
	terms: { term: string; uncertain: number; certain: number }[];
}

export interface HedgeOptions {
	lexicon?: LexiconData;
	/** cautious subcategories that count as a hedge; default ['hedges'] */
	counted?: string[];
}

export function readLabelledSentences(tsvPath: string): { uncertain: boolean; sentence: string }[] {
	const rows: { uncertain: boolean; sentence: string }[] = [];
	for (const line of readFileSync(tsvPath, 'utf8').split(/\r?\n/)) {
		const tab = line.indexOf('\t');
		if (tab < 0) continue;
		const label = line.slice(0, tab);
		if (label !== 'certain' && label !== 'uncertain') continue; // the header
		rows.push({ uncertain: label === 'uncertain', sentence: line.slice(tab + 1) });
	}
	return rows;
}

export function scores(tp: number, fp: number, fn: number, tn: number): Scores {
	const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
	const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
	const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
	const total = tp + fp + fn + tn;
	return { precision, recall, f1, accuracy: total > 0 ? (tp + tn) / total : 0 };
}

export function evaluateHedges(nlp: Nlp, tsvPath: string, options: HedgeOptions = {}): HedgeEvaluation {
	const data = options.lexicon ?? defaultLexicon;
	const counted = options.counted ?? ['hedges'];
	const lexicon = compileLexicon(nlp, data);
	const rows = readLabelledSentences(tsvPath);
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let tn = 0;
	const byTerm = new Map<string, { uncertain: number; certain: number }>();
	for (const row of rows) {
		const { hits } = matchLexicon(readText(nlp, row.sentence), lexicon);
		const hedges = hits.filter((h) => h.category === 'cautious' && counted.includes(h.subcategory));
		const predicted = hedges.length > 0;
		if (predicted && row.uncertain) tp++;
		else if (predicted) fp++;
		else if (row.uncertain) fn++;
		else tn++;
		for (const term of new Set(hedges.map((h) => h.term))) {
			const tally = byTerm.get(term) ?? { uncertain: 0, certain: 0 };
			if (row.uncertain) tally.uncertain++;
			else tally.certain++;
			byTerm.set(term, tally);
		}
	}
	const positives = tp + fn;
	return {
		lexiconVersion: data.version,
		counted,
		sentences: rows.length,
		uncertain: positives,
		...scores(tp, fp, fn, tn),
		confusion: { tp, fp, fn, tn },
		baseline: scores(positives, rows.length - positives, 0, 0),
		terms: [...byTerm].map(([term, t]) => ({ term, ...t })).sort((a, b) => b.uncertain + b.certain - (a.uncertain + a.certain))
	};
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const { createNlp } = await import('../../src/lib/analysis/nlp');
	const result = evaluateHedges(createNlp(), process.argv[2] ?? HEDGES_TSV);
	const pick = (s: Scores) => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), accuracy: round(s.accuracy) });
	console.log(
		JSON.stringify(
			{
				lexicon: result.lexiconVersion,
				counted: result.counted,
				sentences: result.sentences,
				uncertain: result.uncertain,
				...pick(result),
				confusion: result.confusion,
				baseline: pick(result.baseline),
				topTerms: result.terms.slice(0, 25).map((t) => `${t.term}: ${t.uncertain} uncertain / ${t.certain} certain`)
			},
			null,
			2
		)
	);
}
