import { isMap, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import defaultActors from '../analysis/data/actors.default.json';
import { LEXICON_LIMITS, SUBCATEGORY_ID, type LexiconOverride } from '../analysis/lexicon/override';
import type { ActorsData } from '../analysis/types';
import { shortKey, type Problem } from './problem';
import { lineAt, lineLookup, skipBom } from './text-position';

export interface Story {
	title: string;
	description: string;
	actors: ActorsData;
	/** the story's differences from the default word lists (see analysis/lexicon/override.ts) */
	lexicon?: LexiconOverride;
	/** lexicon hits readers marked as wrong, left out of every count */
	ignoredHits?: IgnoredHitEntry[];
}

/** One hit marked as wrong, as story.yaml stores it: the article file, where, and what it said. */
export interface IgnoredHitEntry {
	/** the article's file name in the story folder */
	article: string;
	start: number;
	end: number;
	/** the lexicon entry that matched, for people reading the file */
	term: string;
	text: string;
	note?: string;
}

export const IGNORED_HITS_LIMITS = { entries: 2_000, textLength: 200, noteLength: 300 } as const;

export const STORY_FILES = ['story.yaml', 'story.yml', 'story.json'] as const;

const STORY_KEYS = ['title', 'description', 'actors', 'lexicon', 'ignoredHits'];
const MAX_REPORTED_ISSUES = 20;

const sideSchema = z.object({
	id: z
		.string({ error: 'should be a short id such as `russia`' })
		.regex(/^[a-z][a-z0-9_-]*$/, 'should be lower-case letters, digits, - or _ (e.g. `russia`)'),
	label: z.string({ error: 'should be the name shown in charts' }).trim().min(1, 'should not be empty'),
	sources: z.array(z.string({ error: 'should be a name as text' }).trim().min(1, 'should not be empty'), {
		error: 'should be a list of names, offices and adjectives'
	})
});

export const actorsSchema = z
	.object({
		version: z.string({ error: 'should be text' }).min(1).default('story'),
		fallback: z.string({ error: 'should be the id of a side' }).default('other'),
		sides: z.array(sideSchema, { error: 'should be a list of sides' }).min(1, 'should list at least one side')
	})
	.superRefine((actors, ctx) => {
		const seen = new Set<string>();
		actors.sides.forEach((side, i) => {
			if (seen.has(side.id))
				ctx.addIssue({ code: 'custom', path: ['sides', i, 'id'], message: `repeats the side id \`${side.id}\`` });
			seen.add(side.id);
		});
		if (!seen.has(actors.fallback))
			ctx.addIssue({
				code: 'custom',
				path: ['fallback'],
				message: `names the side \`${actors.fallback}\`, which is not among the sides`
			});
	});

const L = LEXICON_LIMITS;
const entrySchema = z
	.string({ error: 'should be a word or phrase as text' })
	.trim()
	.min(1, 'should not be empty')
	.max(L.termLength, `should be at most ${L.termLength} characters`);
const entriesSchema = z.array(entrySchema, { error: 'should be a list of words and phrases' }).max(L.termsPerList, `should list at most ${L.termsPerList} entries`);

const SUBCATEGORY_FIELDS = ['label', 'description', 'terms', 'add', 'remove', 'removed'];
const subcategoryOverrideSchema = z
	.strictObject(
		{
			label: z.string({ error: 'should be text' }).trim().min(1, 'should not be empty').max(L.labelLength, `should be at most ${L.labelLength} characters`).optional(),
			description: z.string({ error: 'should be text' }).max(L.descriptionLength, `should be at most ${L.descriptionLength} characters`).optional(),
			terms: entriesSchema.optional(),
			add: entriesSchema.optional(),
			remove: entriesSchema.optional(),
			removed: z.boolean({ error: 'should be true or false' }).optional()
		},
		{
			error: (issue) =>
				issue.code === 'unrecognized_keys'
					? `has unknown fields ${issue.keys.map((k) => `\`${shortKey(k)}\``).join(', ')}; use ${SUBCATEGORY_FIELDS.join(', ')}`
					: issue.code === 'invalid_type'
						? `should be a set of fields (${SUBCATEGORY_FIELDS.join(', ')})`
						: undefined
		}
	)
	.superRefine((sub, ctx) => {
		if (sub.removed && (sub.terms || sub.add))
			ctx.addIssue({ code: 'custom', path: ['removed'], message: 'leaves the category out but also lists entries for it; keep one of the two' });
	});

const poleOverrideSchema = z
	.record(z.string().regex(SUBCATEGORY_ID), subcategoryOverrideSchema, {
		error: (issue) =>
			issue.code === 'invalid_key'
				? 'is not a category id: use lower-case letters, digits, - or _, starting with a letter (e.g. `force`)'
				: issue.code === 'invalid_type'
					? 'should be a set of categories, each with its changes'
					: undefined
	})
	.refine((subs) => Object.keys(subs).length <= L.subcategoriesPerPole, `should change at most ${L.subcategoriesPerPole} categories`);

const lexiconOverrideSchema = z.strictObject(
	{ assertive: poleOverrideSchema.optional(), cautious: poleOverrideSchema.optional() },
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `has unknown poles ${issue.keys.map((k) => `\`${shortKey(k)}\``).join(', ')}; use \`assertive\` and \`cautious\``
				: issue.code === 'invalid_type'
					? 'should be a set of fields, `assertive:` and/or `cautious:`'
					: undefined
	}
);

const H = IGNORED_HITS_LIMITS;
const ignoredHitSchema = z
	.strictObject(
		{
			article: z
				.string({ error: 'should be the article file name' })
				.min(1, 'should not be empty')
				.max(200, 'should be at most 200 characters')
				.regex(/^(?!\.)[^/\\]+$/, 'should be a file name in the story folder, not a path'),
			start: z.number({ error: 'should be a character offset (a whole number)' }).int('should be a whole number').min(0, 'should not be negative'),
			end: z.number({ error: 'should be a character offset (a whole number)' }).int('should be a whole number').min(0, 'should not be negative'),
			term: z.string({ error: 'should be the lexicon entry that matched' }).max(L.termLength + 10, 'is too long'),
			text: z.string({ error: 'should be the text of the hit' }).min(1, 'should not be empty').max(H.textLength, `should be at most ${H.textLength} characters`),
			note: z.string({ error: 'should be text' }).max(H.noteLength, `should be at most ${H.noteLength} characters`).optional()
		},
		{
			error: (issue) =>
				issue.code === 'unrecognized_keys'
					? `has unknown fields ${issue.keys.map((k) => `\`${shortKey(k)}\``).join(', ')}; use article, start, end, term, text, note`
					: issue.code === 'invalid_type'
						? 'should be a set of fields: article, start, end, term, text and optionally note'
						: undefined
		}
	)
	.superRefine((hit, ctx) => {
		// offsets that are themselves wrong are reported once, above
		if (hit.start >= 0 && hit.end - hit.start !== hit.text.length)
			ctx.addIssue({
				code: 'custom',
				path: ['end'],
				message: `should be start + the length of text (${hit.start} + ${hit.text.length} = ${hit.start + hit.text.length})`
			});
	});

const storySchema = z.object({
	title: z.string({ error: 'is missing or not text' }).trim().min(1, 'should not be empty'),
	description: z.string({ error: 'should be text' }).default(''),
	actors: actorsSchema.optional(),
	lexicon: lexiconOverrideSchema.optional(),
	ignoredHits: z
		.array(ignoredHitSchema, { error: 'should be a list of hits, each with article, start, end, term and text' })
		.max(H.entries, `should list at most ${H.entries} hits`)
		.optional()
});

const FIXES: Record<string, string> = {
	title: 'give the story a title, e.g. `title: NATO posture toward Russia`',
	description: 'write the description as text (use `description: |` and indented lines for several lines)',
	actors: 'give `actors` with `fallback` and a list of `sides`, each with `id`, `label` and `sources` (see actors.default.json)',
	lexicon: 'write word-list changes as `lexicon: { assertive: { force: { add: [word], remove: [word] } } }` (the lexicon editor writes this for you), or remove the key to use the default lists',
	ignoredHits: 'each entry needs `article` (file name), `start`, `end`, `term` and `text`, as the article view writes them; remove an entry to count the hit again'
};

/** Reads story.yaml or story.json; problems name the field path (`actors.sides[2].id`) and its line. */
export function parseStory(file: string, text: string): { story: Story | null; problems: Problem[] } {
	const source = text.slice(skipBom(text));
	const problems: Problem[] = [];
	const fail = (problem: Omit<Problem, 'file' | 'severity'>) => ({
		story: null,
		problems: [...problems, { file, ...problem, severity: 'error' as const }]
	});

	if (source.trim() === '')
		return fail({ message: 'the story file is empty', fix: 'write at least `title:` and, if needed, `actors:`' });

	if (/\.json$/i.test(file)) {
		try {
			JSON.parse(source);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const position = /position (\d+)/.exec(message);
			return fail({
				...(position ? { line: lineAt(source, +position[1]) } : {}),
				message: `the file is not valid JSON: ${message}`,
				fix: 'check for a missing comma or quote near that place, or write the story as story.yaml'
			});
		}
	}

	const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
	const lookup = lineLookup(source);
	if (document.errors.length > 0)
		return {
			story: null,
			problems: document.errors.slice(0, 5).map((error) => ({
				file,
				line: lookup(error.pos[0]),
				message: `the file is not valid YAML: ${error.message.split('\n')[0]}`,
				fix: 'write one `key: value` per line and indent nested fields consistently',
				severity: 'error' as const
			}))
		};
	if (!isMap(document.contents))
		return fail({ message: 'the story file is not a set of `key: value` fields', fix: FIXES.title });

	let data: Record<string, unknown>;
	try {
		data = document.toJS() as Record<string, unknown>;
	} catch (error) {
		// yaml refuses alias bombs ("billion laughs") here
		return fail({ message: `the YAML cannot be expanded: ${(error as Error).message}`, fix: 'write the values out instead of using & anchors and * aliases' });
	}
	for (const key of Object.keys(data))
		if (!STORY_KEYS.includes(key))
			problems.push({
				file,
				field: key,
				...lineOf(document, lookup, [key]),
				message: `unknown story field \`${shortKey(key)}\`; it was ignored`,
				fix: `use only ${STORY_KEYS.map((k) => `\`${k}\``).join(', ')}`,
				severity: 'warning'
			});

	const result = storySchema.safeParse(data);
	if (!result.success) {
		const issues = result.error.issues;
		for (const issue of issues.slice(0, MAX_REPORTED_ISSUES)) {
			const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
			problems.push({
				file,
				field: fieldPath(path),
				...lineOf(document, lookup, path),
				message: `\`${fieldPath(path)}\` ${issue.message}`,
				fix: FIXES[String(path[0])] ?? FIXES.actors,
				severity: 'error'
			});
		}
		if (issues.length > MAX_REPORTED_ISSUES)
			problems.push({
				file,
				message: `and ${issues.length - MAX_REPORTED_ISSUES} more problems like these`,
				fix: 'fix the ones above first; the rest often share their cause',
				severity: 'error'
			});
		return { story: null, problems };
	}

	let actors = result.data.actors as ActorsData | undefined;
	if (!actors) {
		actors = structuredClone(defaultActors) as ActorsData;
		problems.push({
			file,
			field: 'actors',
			message: 'the story gives no `actors`, so the default actors list is used',
			fix: 'add `actors:` to the story to decide which speakers count for which side',
			severity: 'warning'
		});
	}
	const story: Story = { title: result.data.title, description: result.data.description, actors };
	if (result.data.lexicon) story.lexicon = result.data.lexicon;
	if (result.data.ignoredHits) story.ignoredHits = result.data.ignoredHits;
	return { story, problems };
}

export function fieldPath(path: readonly (string | number)[]): string {
	return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** The line of the deepest node on `path` that exists in the document (a missing key points at its parent). */
function lineOf(document: Document, lookup: (offset: number) => number, path: readonly (string | number)[]): { line?: number } {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
		const range = (node as { range?: [number, number, number] } | undefined)?.range;
		if (range) return { line: lookup(range[0]) };
	}
	return {};
}
