import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeArticleBytes, parseArticle, type Problem } from '../lib/corpus';
import { readArticle, reportArticle } from '../lib/analysis/report/analyze-article';
import { tidyCsv } from '../lib/charts/export/csv';
import { createNlp } from '../lib/analysis/nlp';
import type { ArticleReport } from '../lib/analysis/types';
import { expandInputs } from './inputs';
import { EXIT, type Io, UsageError } from './io';
import { storyEngines } from './story-context';

const FORMATS = ['json', 'ndjson', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export async function runAnalyze(argv: string[], io: Io): Promise<number> {
	const { values, positionals } = parse(argv);
	const format = (values.format ?? 'json') as Format;
	if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
	if (positionals.length === 0) throw new UsageError('give at least one article file or folder');

	const { files, problems: inputProblems } = expandInputs(positionals);
	let failed = inputProblems.length;
	for (const p of inputProblems) io.err(`framing analyze: ${p.path}: ${p.message}\n`);

	const nlp = createNlp();
	const engineFor = storyEngines(nlp);
	const reports: ArticleReport[] = [];
	const reportedStoryProblems = new Set<Problem>();
	for (const file of files) {
		const result = analyzeFile(file, engineFor);
		for (const p of result.storyProblems) {
			if (reportedStoryProblems.has(p)) continue;
			reportedStoryProblems.add(p);
			io.err(`framing analyze: warning: ${describe(p)}\n`);
		}
		if (!result.report) {
			failed++;
			io.err(`framing analyze: ${file}: ${result.message}\n`);
			continue;
		}
		for (const p of result.warnings) io.err(`framing analyze: warning: ${describe(p)}\n`);
		reports.push(result.report);
		if (format === 'ndjson') io.out(JSON.stringify(result.report) + '\n');
	}

	if (format === 'json') io.out(JSON.stringify(reports, null, 2) + '\n');
	if (format === 'csv') {
		io.out(tidyCsv(reports));
	}
	return failed > 0 ? EXIT.failed : EXIT.ok;
}

function parse(argv: string[]) {
	try {
		return parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string', short: 'f' } } });
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}

export type EngineFor = ReturnType<typeof storyEngines>;

/** Reads, decodes, parses and analyses one file; never throws for a bad file. */
export function analyzeFile(file: string, engineFor: EngineFor) {
	const { engine, problems: storyProblems, ignoredHits } = engineFor(file);
	const fail = (message: string) => ({ report: null, message, warnings: [] as Problem[], storyProblems });
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	const decoded = decodeArticleBytes(file, bytes);
	if (decoded.text === null) return fail(decoded.problems.map(reason).join('; '));
	const { article, problems } = parseArticle(file, decoded.text);
	if (!article) return fail(problems.map(reason).join('; '));
	const input = { ...article, path: file, ignoredHits };
	const read = readArticle(engine.nlp, input);
	if (!read.ok) return fail(`${read.reason}. Fix: ${read.fix}.`);
	const report = reportArticle(engine, input, read);
	// the text as wink read it and the engine, for commands that go on from the report (compare)
	return { report, doc: read.doc, engine, message: '', warnings: [...decoded.problems, ...problems], storyProblems };
}

function reason(p: Problem): string {
	const where = [p.line !== undefined ? `line ${p.line}` : '', p.field ? `field "${p.field}"` : ''].filter(Boolean).join(', ');
	return `${where ? where + ': ' : ''}${p.message}${p.fix ? `. Fix: ${p.fix}` : ''}`;
}

function describe(p: Problem): string {
	return `${p.file}: ${reason(p)}`;
}
