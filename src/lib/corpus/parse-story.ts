import { isMap, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import defaultActors from '../analysis/data/actors.default.json';
import type { ActorsData } from '../analysis/types';
import { shortKey, type Problem } from './problem';
import { lineAt, lineLookup, skipBom } from './text-position';

export interface Story {
	title: string;
	description: string;
	actors: ActorsData;
	/** lexicon overrides, kept as written until the lexicon layer defines their shape */
	lexicon?: Record<string, unknown>;
}

export const STORY_FILES = ['story.yaml', 'story.yml', 'story.json'] as const;

const STORY_KEYS = ['title', 'description', 'actors', 'lexicon'];
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

const storySchema = z.object({
	title: z.string({ error: 'is missing or not text' }).trim().min(1, 'should not be empty'),
	description: z.string({ error: 'should be text' }).default(''),
	actors: actorsSchema.optional(),
	lexicon: z.record(z.string(), z.unknown(), { error: 'should be a set of `key: value` fields' }).optional()
});

const FIXES: Record<string, string> = {
	title: 'give the story a title, e.g. `title: NATO posture toward Russia`',
	description: 'write the description as text (use `description: |` and indented lines for several lines)',
	actors: 'give `actors` with `fallback` and a list of `sides`, each with `id`, `label` and `sources` (see actors.default.json)',
	lexicon: 'give lexicon overrides as fields under `lexicon:`, or remove the key'
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
