/**
 * Statements against PolNeAR's human attributions (dev compartment).
 *
 * Each article is read whole (headline line included: PolNeAR annotates headlines too) with
 * readText, and findStatements runs over it with the default actors list. Articles annotated by
 * two annotators are scored once per (article, annotator) annotation set against the same
 * predictions, and all sets are micro-averaged.
 *
 * - a gold attribution is found when some predicted statement's cue or content overlaps the gold
 *   cue or content (character overlap, any amount);
 * - precision: predicted statements that overlap some gold attribution's cue or content / predicted;
 * - speaker accuracy: over found gold attributions that have a source, the share whose best
 *   matching prediction (the one whose cue overlaps the gold cue, else the one overlapping most)
 *   has a speaker span overlapping the gold source span.
 *
 * Run directly: npx tsx scripts/bench/attributions.ts [dataDir]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import actorsData from '../../src/lib/analysis/data/actors.default.json';
import { readText, type Nlp } from '../../src/lib/analysis/text-doc';
import { compileActors, findStatements } from '../../src/lib/analysis/statements/index';
import type { Statement } from '../../src/lib/analysis/types';

type Spans = [number, number][];

interface GoldRow {
	article: string;
	annotator: string;
	event: string;
	source: { spans: Spans; text: string }[];
	cue: { spans: Spans; text: string }[];
	content: { spans: Spans; text: string }[];
}

interface Gold {
	article: string;
	annotator: string;
	source: Spans;
	cue: Spans;
	content: Spans;
	cueText: string;
	sourceText: string;
}

export interface Tally {
	gold: number;
	found: number;
	predicted: number;
	precise: number;
	recall: number;
	precision: number;
	f1: number;
}

export interface AttributionReport {
	dataDir: string;
	articles: number;
	annotationSets: number;
	/** how the documents were read */
	doc: string;
	precision: number;
	recall: number;
	f1: number;
	/** found gold attributions with a source whose matched prediction's speaker overlaps that source */
	speakerAccuracy: number;
	/** the same, accepting the resolved speaker (pronoun antecedent) as well */
	speakerAccuracyResolved: number;
	counts: {
		gold: number;
		goldWithSource: number;
		found: number;
		predicted: number;
		precisePredicted: number;
		speakerChecked: number;
		speakerCorrect: number;
	};
	/** a stricter reading: a gold attribution is found only when a predicted cue overlaps its cue */
	cueMatch: { precision: number; recall: number; f1: number };
	/** recall by gold cue (lower-cased), most frequent first */
	byGoldCue: { cue: string; gold: number; found: number; recall: number }[];
	/** precision by predicted cue lemma and by predicted kind */
	byPredictedCue: { cue: string; predicted: number; precise: number; precision: number }[];
	byKind: Record<string, { predicted: number; precise: number; precision: number }>;
	/** milliseconds over all articles, best of the timing runs */
	timing: { readTextMs: number; findStatementsMs: number; ratio: number; runs: number };
}

const spansOf = (parts: { spans: Spans }[]) => parts.flatMap((p) => p.spans);
const overlaps = (a: Spans, start: number, end: number) => a.some(([s, e]) => s < end && start < e);
const overlapLength = (a: Spans, start: number, end: number) => a.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);

function touches(st: Statement, g: Gold): boolean {
	const parts = [st.content, ...(st.cue ? [st.cue] : [])];
	return parts.some((p) => overlaps(g.cue, p.start, p.end) || overlaps(g.content, p.start, p.end));
}

function bestMatch(candidates: Statement[], g: Gold): Statement {
	const byCue = candidates.find((st) => st.cue && overlaps(g.cue, st.cue.start, st.cue.end));
	if (byCue) return byCue;
	let best = candidates[0];
	let bestLength = -1;
	for (const st of candidates) {
		const n = overlapLength(g.content, st.content.start, st.content.end) + (st.cue ? overlapLength(g.cue, st.cue.start, st.cue.end) : 0);
		if (n > bestLength) {
			best = st;
			bestLength = n;
		}
	}
	return best;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1Of = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function evaluateAttributions(nlp: Nlp, dataDir: string, options: { timingRuns?: number } = {}): AttributionReport {
	const textDir = join(dataDir, 'dev', 'text');
	const rows = readFileSync(join(dataDir, 'dev-attributions.jsonl'), 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as GoldRow);
	const sets = new Map<string, Gold[]>();
	for (const r of rows) {
		const key = `${r.article}\u0000${r.annotator}`;
		const list = sets.get(key) ?? [];
		list.push({
			article: r.article,
			annotator: r.annotator,
			source: spansOf(r.source),
			cue: spansOf(r.cue),
			content: spansOf(r.content),
			cueText: r.cue.map((c) => c.text).join(' ').toLowerCase(),
			sourceText: r.source.map((c) => c.text).join(' ')
		});
		sets.set(key, list);
	}
	const actors = compileActors(actorsData);
	const articles = readdirSync(textDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => f.slice(0, -4))
		.sort();
	const texts = new Map(articles.map((a) => [a, readFileSync(join(textDir, `${a}.txt`), 'utf8')]));
	const predictions = new Map<string, Statement[]>();
	for (const a of articles) predictions.set(a, findStatements(readText(nlp, texts.get(a)!), actors));

	const counts = { gold: 0, goldWithSource: 0, found: 0, predicted: 0, precisePredicted: 0, speakerChecked: 0, speakerCorrect: 0 };
	let speakerCorrectResolved = 0;
	let cueFound = 0;
	let cuePrecise = 0;
	const goldCue = new Map<string, { gold: number; found: number }>();
	const predCue = new Map<string, { predicted: number; precise: number }>();
	const byKind: AttributionReport['byKind'] = {};
	for (const [key, golds] of sets) {
		const article = key.split('\u0000')[0];
		const predicted = predictions.get(article);
		if (!predicted) continue;
		for (const g of golds) {
			counts.gold++;
			const cueKey = g.cueText || '(none)';
			const c = goldCue.get(cueKey) ?? { gold: 0, found: 0 };
			c.gold++;
			goldCue.set(cueKey, c);
			if (g.source.length) counts.goldWithSource++;
			if (predicted.some((st) => st.cue && overlaps(g.cue, st.cue.start, st.cue.end))) cueFound++;
			const hits = predicted.filter((st) => touches(st, g));
			if (!hits.length) continue;
			counts.found++;
			c.found++;
			if (!g.source.length) continue;
			counts.speakerChecked++;
			const best = bestMatch(hits, g);
			const sp = best.speaker;
			const ok = !!sp && overlaps(g.source, sp.start, sp.end);
			if (ok) counts.speakerCorrect++;
			const rs = best.resolvedSpeaker;
			if (ok || (rs && overlaps(g.source, rs.start, rs.end))) speakerCorrectResolved++;
		}
		for (const st of predicted) {
			counts.predicted++;
			const precise = golds.some((g) => touches(st, g));
			if (st.cue && golds.some((g) => overlaps(g.cue, st.cue!.start, st.cue!.end))) cuePrecise++;
			if (precise) counts.precisePredicted++;
			const cue = st.cue ? st.cue.text.toLowerCase().replace(/\s+/g, ' ') : '(continued quotation)';
			const p = predCue.get(cue) ?? { predicted: 0, precise: 0 };
			p.predicted++;
			if (precise) p.precise++;
			predCue.set(cue, p);
			const k = (byKind[st.kind] ??= { predicted: 0, precise: 0, precision: 0 });
			k.predicted++;
			if (precise) k.precise++;
		}
	}
	for (const k of Object.values(byKind)) k.precision = ratio(k.precise, k.predicted);
	const precision = ratio(counts.precisePredicted, counts.predicted);
	const recall = ratio(counts.found, counts.gold);

	// timing: readText against findStatements on the same texts, best of several runs
	const runs = options.timingRuns ?? 3;
	let readBest = Infinity;
	let findBest = Infinity;
	const docs = articles.map((a) => readText(nlp, texts.get(a)!));
	for (let r = 0; r < runs; r++) {
		let t0 = performance.now();
		for (const a of articles) readText(nlp, texts.get(a)!);
		readBest = Math.min(readBest, performance.now() - t0);
		t0 = performance.now();
		for (const d of docs) findStatements(d, actors);
		findBest = Math.min(findBest, performance.now() - t0);
	}

	return {
		dataDir,
		articles: articles.length,
		annotationSets: sets.size,
		doc: 'whole text file (headline line included), readText(nlp, fileText)',
		precision,
		recall,
		f1: f1Of(precision, recall),
		speakerAccuracy: ratio(counts.speakerCorrect, counts.speakerChecked),
		cueMatch: (() => {
			const p = ratio(cuePrecise, counts.predicted);
			const r = ratio(cueFound, counts.gold);
			return { precision: p, recall: r, f1: f1Of(p, r) };
		})(),
		speakerAccuracyResolved: ratio(speakerCorrectResolved, counts.speakerChecked),
		counts,
		byGoldCue: [...goldCue]
			.map(([cue, v]) => ({ cue, ...v, recall: ratio(v.found, v.gold) }))
			.sort((a, b) => b.gold - a.gold || a.cue.localeCompare(b.cue)),
		byPredictedCue: [...predCue]
			.map(([cue, v]) => ({ cue, ...v, precision: ratio(v.precise, v.predicted) }))
			.sort((a, b) => b.predicted - a.predicted || a.cue.localeCompare(b.cue)),
		byKind,
		timing: { readTextMs: readBest, findStatementsMs: findBest, ratio: ratio(findBest, readBest), runs }
	};
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main() {
	const here = fileURLToPath(new URL('.', import.meta.url));
	const dataDir = resolve(process.argv[2] ?? join(here, '../../../shared/data/polnear'));
	if (!existsSync(dataDir)) {
		console.error(`no PolNeAR data at ${dataDir}`);
		process.exit(2);
	}
	const { createNlp } = await import('../../src/lib/analysis/nlp');
	const r = evaluateAttributions(createNlp(), dataDir, { timingRuns: 5 });
	console.log(`PolNeAR dev: ${r.articles} articles, ${r.annotationSets} annotation sets (articles with two annotators scored per annotator, micro-averaged)`);
	console.log(`doc: ${r.doc}`);
	console.log(`precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}`);
	console.log(`speaker accuracy ${pct(r.speakerAccuracy)} (as written; with resolved speakers ${pct(r.speakerAccuracyResolved)})`);
	console.log(`stricter, cue against cue only: precision ${pct(r.cueMatch.precision)}  recall ${pct(r.cueMatch.recall)}  F1 ${pct(r.cueMatch.f1)}`);
	console.log('counts', JSON.stringify(r.counts));
	console.log('by kind', JSON.stringify(r.byKind));
	console.log('\nrecall by gold cue (top 40):');
	for (const c of r.byGoldCue.slice(0, 40)) console.log(`  ${c.cue.padEnd(24)} ${String(c.found).padStart(4)}/${String(c.gold).padEnd(4)} ${pct(c.recall)}`);
	console.log('\nprecision by predicted cue (top 40):');
	for (const c of r.byPredictedCue.slice(0, 40)) console.log(`  ${c.cue.padEnd(24)} ${String(c.precise).padStart(4)}/${String(c.predicted).padEnd(4)} ${pct(c.precision)}`);
	const t = r.timing;
	console.log(`\ntiming (best of ${t.runs}): readText ${t.readTextMs.toFixed(1)} ms, findStatements ${t.findStatementsMs.toFixed(1)} ms, ratio ${t.ratio.toFixed(3)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
