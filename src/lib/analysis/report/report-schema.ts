import { z } from 'zod';
import type { ArticleReport } from '../types';

// The shape of ArticleReport (types.ts), checked at run time: downloads and `framing analyze`
// output can be validated by anyone who receives them. Objects are not strict, so a field added
// later does not make older checkers reject new reports.

const offset = z.number().int().nonnegative();
const span = z.object({ text: z.string(), start: offset, end: offset }).refine((s) => s.end >= s.start, 'end must not be before start');
const count = z.number().int().nonnegative();
const rate = z.number().nonnegative().finite();
const unit = (min: number, max: number) => z.number().min(min).max(max);
const pole = z.enum(['assertive', 'cautious']);

const poleCounts = z.object({
	count,
	per1000: rate,
	narration: z.object({ count, per1000: rate }),
	quoted: z.object({ count, per1000: rate }),
	bySubcategory: z.record(z.string(), count)
});

const lexiconHit = z.object({
	term: z.string(),
	category: pole,
	subcategory: z.string(),
	text: z.string(),
	start: offset,
	end: offset,
	sentence: count,
	voice: z.enum(['narration', 'quoted']),
	statement: count.nullable()
});

// a negated match is a hit that was never assigned a voice, with the word that negated it
const negatedHit = lexiconHit.omit({ voice: true, statement: true }).extend({ negator: z.string() });

const ignoredHit = lexiconHit.extend({ note: z.string().nullable() });

const statement = z.object({
	side: z.string().min(1),
	kind: z.enum(['direct', 'reported', 'mixed']),
	speaker: span.nullable(),
	resolvedSpeaker: span.nullable(),
	actor: z.string().nullable(),
	cue: span.nullable(),
	content: span,
	sentence: span,
	sentenceIndex: count,
	group: count,
	quotedWords: count,
	rule: z.string()
});

const sideVoice = z.object({
	statements: count,
	share: unit(0, 1),
	quotedWords: count,
	firstAppearance: unit(0, 1).nullable(),
	direct: count,
	reported: count,
	mixed: count
});

const contribution = z.object({
	text: z.string(),
	start: offset,
	end: offset,
	valence: z.number().finite(),
	alarm: z.number().finite(),
	note: z.string().optional()
});

export const articleReportSchema = z.object({
	path: z.string().min(1),
	outlet: z.string().nullable(),
	meta: z.object({
		outlet: z.string().nullable(),
		headline: z.string().nullable(),
		url: z.string().nullable(),
		author: z.string().nullable(),
		published: z.string().nullable(),
		language: z.string().nullable(),
		notes: z.string().nullable()
	}),
	words: count,
	body: z.object({ start: offset, end: offset }),
	headline: z.object({
		text: z.string(),
		start: offset.nullable(),
		end: offset.nullable(),
		question: z.boolean(),
		inferred: z.boolean(),
		source: z.string(),
		valence: unit(-1, 1),
		alarm: unit(0, 1),
		contributions: z.array(contribution)
	}),
	tone: z.object({
		bodyValence: unit(-1, 1),
		bodyAlarm: unit(0, 1),
		valenceGap: unit(-2, 2),
		alarmGap: unit(-1, 1)
	}),
	lexicon: z.object({
		assertive: poleCounts,
		cautious: poleCounts,
		index: unit(-1, 1),
		narrationIndex: unit(-1, 1),
		hits: z.array(lexiconHit),
		negated: z.array(negatedHit),
		ignored: z.array(ignoredHit).default([]),
		narrationWords: count,
		quotedWords: count
	}),
	statements: z.array(statement),
	voices: z.record(z.string(), sideVoice),
	sentences: z.array(
		z.object({ start: offset, end: offset, paragraph: count, assertive: count, cautious: count, sides: z.array(z.string()) })
	),
	warnings: z.array(z.string())
});

/** What `framing analyze --format json` prints. */
export const reportListSchema = z.array(articleReportSchema);

/** The dashboard's reports.json download: the reports with the story and versions they came from. */
export const storyReportsSchema = z.object({
	app: z.string(),
	exported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	story: z.object({ slug: z.string(), title: z.string(), description: z.string() }),
	lexiconVersion: z.string(),
	actorsVersion: z.string(),
	sides: z.array(z.object({ id: z.string(), label: z.string(), sources: z.array(z.string()) })),
	problems: z.array(z.object({ file: z.string(), message: z.string(), fix: z.string() })),
	reports: reportListSchema
});

export type StoryReports = z.infer<typeof storyReportsSchema>;

/** Checks the schema and the types agree: an ArticleReport must parse, and a parsed report is an ArticleReport. */
export type SchemaMatchesTypes = [ArticleReport extends z.infer<typeof articleReportSchema> ? true : never, z.infer<typeof articleReportSchema> extends ArticleReport ? true : never];

/**
 * Checks the evidence behind a report against its text: every span must slice out exactly its
 * text, and the counts must equal the hits listed. Returns the problems found (empty = consistent).
 */
export function evidenceProblems(report: ArticleReport, text: string): string[] {
	const problems: string[] = [];
	const check = (what: string, s: { text: string; start: number; end: number } | null) => {
		if (s && text.slice(s.start, s.end) !== s.text) problems.push(`${what}: text.slice(${s.start}, ${s.end}) is not "${s.text}"`);
	};
	report.lexicon.hits.forEach((h, i) => check(`hit ${i}`, h));
	report.lexicon.negated.forEach((h, i) => check(`negated hit ${i}`, h));
	(report.lexicon.ignored ?? []).forEach((h, i) => check(`ignored hit ${i}`, h));
	report.statements.forEach((s, i) => {
		check(`statement ${i} speaker`, s.speaker);
		check(`statement ${i} cue`, s.cue);
		check(`statement ${i} content`, s.content);
		check(`statement ${i} sentence`, s.sentence);
	});
	for (const p of ['assertive', 'cautious'] as const) {
		const listed = report.lexicon.hits.filter((h) => h.category === p).length;
		if (listed !== report.lexicon[p].count) problems.push(`${p}: count ${report.lexicon[p].count} but ${listed} hits listed`);
	}
	return problems;
}
