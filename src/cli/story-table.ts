import { expandInputs } from './inputs';
import { analyzeFile } from './analyze';
import { storyEngines } from './story-context';
import type { Nlp } from '../lib/analysis/text-doc';

export interface StoryRow {
	file: string;
	outlet: string | null;
	words: number;
	assertivePer1000: number;
	cautiousPer1000: number;
	statements: Record<string, number>;
	russiaShare: number;
	headline: string;
	inferred: boolean;
	valence: number;
	alarm: number;
	question: boolean;
}

/** The per-article table of the bundled story that the engine issue asks to check by eye. */
export function storyTable(nlp: Nlp, dir: string): { rows: StoryRow[]; text: string } {
	const engineFor = storyEngines(nlp);
	const rows: StoryRow[] = [];
	for (const file of expandInputs([dir]).files) {
		const { report } = analyzeFile(file, engineFor);
		if (!report) continue;
		const statements = Object.fromEntries(Object.entries(report.voices).map(([side, v]) => [side, v.statements]));
		rows.push({
			file,
			outlet: report.outlet,
			words: report.words,
			assertivePer1000: report.lexicon.assertive.per1000,
			cautiousPer1000: report.lexicon.cautious.per1000,
			statements,
			russiaShare: report.voices.russia?.share ?? 0,
			headline: report.headline.text,
			inferred: report.headline.inferred,
			valence: report.headline.valence,
			alarm: report.headline.alarm,
			question: report.headline.question
		});
	}
	const sides = rows.length ? Object.keys(rows[0].statements) : [];
	const head = ['outlet', 'words', 'A/1000', 'C/1000', ...sides, 'Russia share', 'valence', 'alarm', 'question', 'headline'];
	const lines = rows.map((r) => [
		r.outlet ?? r.file,
		String(r.words),
		r.assertivePer1000.toFixed(1),
		r.cautiousPer1000.toFixed(1),
		...sides.map((s) => String(r.statements[s])),
		`${Math.round(r.russiaShare * 100)}%`,
		r.valence.toFixed(2),
		r.alarm.toFixed(2),
		r.question ? 'yes' : 'no',
		(r.inferred ? '(inferred) ' : '') + r.headline.slice(0, 60)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
	return { rows, text: `Bundled story (${dir}):\n${[fmt(head), ...lines.map(fmt)].join('\n')}\n` };
}
