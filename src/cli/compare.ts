import { parseArgs } from 'node:util';
import { compareStory, type CompareInput } from '../lib/analysis/compare';
import { createNlp } from '../lib/analysis/nlp';
import type { Engine } from '../lib/analysis/report/analyze-article';
import type { Problem } from '../lib/corpus';
import { analyzeFile } from './analyze';
import { expandInputs } from './inputs';
import { EXIT, type Io, UsageError } from './io';
import { storyEngines } from './story-context';

export const COMPARE_USAGE = `compare [--similarity X] [--passage-words N] PATH...
      Compare the articles of one story (files or a story folder): sentences that report the same
      thing and how their wording differs, names, numbers and dates that disagree, shared passages,
      what each article leaves out, and article similarity. Prints one JSON object.`;

export async function runCompare(argv: string[], io: Io): Promise<number> {
	const { values, positionals } = parse(argv);
	if (positionals.length === 0) throw new UsageError('give a story folder or at least two article files');
	const settings: { sentenceSimilarity?: number; passageWords?: number } = {};
	if (values.similarity !== undefined) {
		const x = Number(values.similarity);
		if (!(x > 0 && x <= 1)) throw new UsageError(`--similarity must be a number above 0 and at most 1, not "${values.similarity}"`);
		settings.sentenceSimilarity = x;
	}
	if (values['passage-words'] !== undefined) {
		const n = Number(values['passage-words']);
		if (!Number.isInteger(n) || n < 3) throw new UsageError(`--passage-words must be a whole number of at least 3, not "${values['passage-words']}"`);
		settings.passageWords = n;
	}

	const { files, problems } = expandInputs(positionals);
	let failed = problems.length;
	for (const p of problems) io.err(`framing compare: ${p.path}: ${p.message}\n`);
	const engineFor = storyEngines(createNlp());
	const inputs: CompareInput[] = [];
	let engine: Engine | null = null;
	const reported = new Set<Problem>();
	for (const file of files) {
		const result = analyzeFile(file, engineFor);
		for (const p of result.storyProblems) {
			if (reported.has(p)) continue;
			reported.add(p);
			io.err(`framing compare: warning: ${p.file}: ${p.message}\n`);
		}
		if (!result.report) {
			failed++;
			io.err(`framing compare: ${file}: ${result.message}\n`);
			continue;
		}
		// the first story's actors name the sides; articles of one story share them
		engine ??= result.engine;
		inputs.push({ doc: result.doc, report: result.report });
	}
	if (inputs.length < 2 || !engine) {
		io.err(`framing compare: only ${inputs.length} article${inputs.length === 1 ? '' : 's'} could be analysed; a comparison needs at least two. Fix: give a story folder or two or more article files.\n`);
		return EXIT.failed;
	}
	const sides = engine.actors.sides.map((id) => ({ id, label: engine!.actors.labels[id] ?? id }));
	io.out(JSON.stringify(compareStory(inputs, { actors: engine.actors, sides, settings }), null, 2) + '\n');
	return failed > 0 ? EXIT.failed : EXIT.ok;
}

function parse(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			allowPositionals: true,
			options: { similarity: { type: 'string' }, 'passage-words': { type: 'string' } }
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}
