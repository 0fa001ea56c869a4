import { runAnalyze } from './analyze';
import { runBench } from './bench';
import { COMPARE_USAGE, runCompare } from './compare';
import { IMPORT_USAGE, runImport } from './import';
import { runTone } from './tone';
import { EXIT, type Io, processIo, UsageError } from './io';

export const USAGE = `Usage: framing <command> [options]

Commands:
  analyze [--format json|ndjson|csv] PATH...
      Analyse articles (.md with front matter, .txt whose first non-empty line is the headline,
      .html) or folders of them. Prints one report per article.
  ${COMPARE_USAGE}
  tone
      Read headlines from standard input, one per line; print one JSON object per line:
      {"headline", "valence", "alarm", "question"}.
  bench [--data DIR] [--tokens N] [--json]
      Throughput against raw wink-nlp in the same run, and accuracy on the development sets
      (default DIR: ../shared/data next to this project).
  ${IMPORT_USAGE}

Exit codes: 0 success; 1 an input could not be analysed (or imported); 2 bad usage.`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case 'analyze':
				return await runAnalyze(rest, io);
			case 'compare':
				return await runCompare(rest, io);
			case 'tone':
				return await runTone(rest, io);
			case 'bench':
				return await runBench(rest, io);
			case 'import':
				return await runImport(rest, io);
			case undefined:
			case '-h':
			case '--help':
			case 'help':
				io.out(USAGE + '\n');
				return command === undefined ? EXIT.usage : EXIT.ok;
			default:
				io.err(`framing: unknown command "${command}".\n\n${USAGE}\n`);
				return EXIT.usage;
		}
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`framing ${command}: ${error.message}\n\n${USAGE}\n`);
			return EXIT.usage;
		}
		// a bug, not an input problem: say so plainly, keep the stack for a bug report
		io.err(`framing ${command}: internal error: ${(error as Error).message}\n`);
		if (process.env.FRAMING_DEBUG) io.err(String((error as Error).stack) + '\n');
		return EXIT.failed;
	}
}
