import { createNlp } from '../lib/analysis/nlp';
import { scoreHeadline } from '../lib/analysis/tone';
import { EXIT, type Io, UsageError } from './io';

export async function runTone(argv: string[], io: Io): Promise<number> {
	if (argv.length > 0) throw new UsageError('tone takes no arguments; give headlines on standard input, one per line');
	const input = await io.readStdin();
	const nlp = createNlp();
	for (const line of input.split(/\r?\n/)) {
		const headline = line.trim();
		if (!headline) continue;
		const tone = scoreHeadline(nlp, { text: headline, start: null, inferred: false, source: 'given on standard input' });
		io.out(
			JSON.stringify({
				headline,
				valence: round(tone.valence),
				alarm: round(tone.alarm),
				question: tone.question
			}) + '\n'
		);
	}
	return EXIT.ok;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
