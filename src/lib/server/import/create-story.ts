import { mkdir, readdir, rmdir } from 'node:fs/promises';
import { stringify } from 'yaml';
import defaultActors from '../../analysis/data/actors.default.json';
import type { ActorsData } from '../../analysis/types';
import { formatProblem } from '../../corpus/problem';
import { parseStory } from '../../corpus/parse-story';
import { writeFileAtomic } from '../atomic-write';
import { withFolderLock } from './folder-lock';
import { pathInside, slugify, storyNameProblem } from './safe-names';

export interface NewStory {
	title: string;
	description: string;
	/** the folder name; derived from the title when empty */
	slug?: string;
	/** the default actors (Russia, NATO, Europe, US, Ukraine, other), or one catch-all side to fill in later */
	actors: 'default' | 'empty';
}

export type CreateStoryResult =
	| { ok: true; slug: string }
	| { ok: false; field: 'title' | 'description' | 'slug' | 'actors'; message: string; fix: string };

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 4000;

/** A story with no sides yet: every identifiable speaker falls to "other" until the user adds sides. */
export const EMPTY_ACTORS: ActorsData = {
	version: 'story',
	fallback: 'other',
	sides: [{ id: 'other', label: 'Other', sources: [] }]
};

export function storyYaml(input: Pick<NewStory, 'title' | 'description' | 'actors'>): string {
	const actors = input.actors === 'default' ? defaultActors : EMPTY_ACTORS;
	return stringify({ title: input.title.trim(), description: input.description.trim(), actors }, { lineWidth: 100 });
}

/** Checks the form; on success gives the slug the story would get. */
export function checkNewStory(input: NewStory): CreateStoryResult {
	const title = input.title.trim();
	if (title === '') return { ok: false, field: 'title', message: 'the title is empty', fix: 'give the story a title, e.g. "NATO posture toward Russia, December 2025"' };
	if (title.length > MAX_TITLE) return { ok: false, field: 'title', message: `the title is ${title.length} characters long, more than ${MAX_TITLE}`, fix: 'shorten the title; put details in the description' };
	if (/[\r\n]/.test(title)) return { ok: false, field: 'title', message: 'the title has a line break', fix: 'write the title on one line' };
	if (input.description.length > MAX_DESCRIPTION)
		return { ok: false, field: 'description', message: `the description is ${input.description.length} characters long, more than ${MAX_DESCRIPTION}`, fix: 'shorten the description' };
	if (input.actors !== 'default' && input.actors !== 'empty')
		return { ok: false, field: 'actors', message: 'choose how the actors list starts', fix: 'pick "the default actors" or "an empty list"' };
	const slug = (input.slug ?? '').trim() || slugify(title, 60);
	if (slug === '')
		return { ok: false, field: 'slug', message: 'no folder name can be made from the title (it has no letters a-z or digits)', fix: 'type a folder name such as nato-posture-2025' };
	const problem = storyNameProblem(slug);
	if (problem) return { ok: false, field: 'slug', message: problem, fix: 'use lower-case letters a-z, digits and hyphens, e.g. nato-posture-2025' };
	return { ok: true, slug };
}

/**
 * Creates `<root>/<slug>/story.yaml`. The folder is made with a plain mkdir, so two people
 * creating the same story race safely: the second is told the name is taken. An empty folder
 * (left by a crash between mkdir and the write) is reused, under a lock so that two requests of
 * this process cannot both take it. The YAML is read back by parseStory
 * before it is written, then written atomically.
 */
export async function createStory(root: string, input: NewStory): Promise<CreateStoryResult> {
	const checked = checkNewStory(input);
	if (!checked.ok) return checked;
	const { slug } = checked;
	const yaml = storyYaml(input);
	const parsed = parseStory('story.yaml', yaml);
	if (!parsed.story || parsed.problems.length > 0)
		return { ok: false, field: 'title', message: `the story file would not read back: ${parsed.problems.map(formatProblem).join('; ')}`, fix: 'simplify the title and description' };

	const dir = pathInside(root, slug);
	await mkdir(root, { recursive: true });
	return withFolderLock(dir, async (): Promise<CreateStoryResult> => {
		try {
			await mkdir(dir);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const inside = await readdir(dir).catch(() => null);
			if (inside === null || inside.some((name) => !name.startsWith('.')))
				return { ok: false, field: 'slug', message: `a story named "${slug}" already exists`, fix: 'choose another title or type another folder name' };
		}
		try {
			await writeFileAtomic(pathInside(dir, 'story.yaml'), yaml);
		} catch (error) {
			await rmdir(dir).catch(() => {});
			throw error;
		}
		return { ok: true, slug };
	});
}
