import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import defaultActors from '../analysis/data/actors.default.json';
import type { ActorsData } from '../analysis/types';
import { decodeArticleBytes, DEFAULT_MAX_BYTES, sizeLimitProblem } from '../corpus/decode-article-bytes';
import { parseArticle } from '../corpus/parse-article';
import { articleFormatOf, type ParsedArticle } from '../corpus/parsed-article';
import { parseStory, STORY_FILES, type Story } from '../corpus/parse-story';
import type { Problem } from '../corpus/problem';

export interface LoadedArticle {
	/** the file name inside the story folder */
	file: string;
	article: ParsedArticle | null;
	problems: Problem[];
}

export interface LoadedStory {
	slug: string;
	/** false when the slug is not a valid story name or no such folder exists */
	found: boolean;
	story: Story | null;
	articles: LoadedArticle[];
	/** problems of the story folder and its story file; each article carries its own */
	problems: Problem[];
}

/** Story folders are named like URLs: lower-case letters, digits and inner hyphens. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isValidSlug(slug: string): boolean {
	return SLUG.test(slug);
}

/** Files a reader never treats as content: hidden files, editor and temp files, and a folder README. */
export function isIgnoredFile(name: string): boolean {
	return (
		name.startsWith('.') ||
		name.endsWith('~') ||
		/\.(?:tmp|temp|swp|swo|bak|part|crdownload)$/i.test(name) ||
		/^#.*#$/.test(name) ||
		/^readme(?:\.\w+)?$/i.test(name)
	);
}

/**
 * The slugs of the story folders under `root`, sorted: folders with a valid name that hold a story
 * file or at least one article file. A missing root is an empty corpus.
 */
export function listStories(root: string): string[] {
	let names: string[];
	try {
		names = readdirSync(root);
	} catch {
		return [];
	}
	return names.sort().filter((slug) => {
		if (!isValidSlug(slug)) return false;
		const files = storyEntries(join(root, slug))
			?.filter((e) => e.isFile() && !isIgnoredFile(e.name))
			.map((e) => e.name);
		return !!files && files.some((f) => articleFormatOf(f) !== null || isStoryFile(f));
	});
}

/**
 * Reads one story folder: its story file and every article file in it. One bad file never stops
 * the others: it comes back with `article: null` and problems saying what is wrong and how to fix it.
 * Synchronous on purpose: a story is a handful of small files, and the CLI and the server share it.
 */
export function loadStory(root: string, slug: string, options: { maxBytes?: number } = {}): LoadedStory {
	const notFound = (message: string, fix: string): LoadedStory => ({
		slug,
		found: false,
		story: null,
		articles: [],
		problems: [{ file: slug, message, fix, severity: 'error' }]
	});
	if (!isValidSlug(slug))
		return notFound(
			'not a valid story name',
			'story names use only lower-case letters a-z, digits and hyphens (e.g. nato-proactive-2025)'
		);
	const base = resolve(root);
	const dir = resolve(base, slug);
	if (!dir.startsWith(base + sep)) return notFound('not a valid story name', 'use a story name, not a path');

	const entries = storyEntries(dir);
	if (!entries) return notFound('no such story', `check the name, or create the folder corpus/${slug}/`);

	const problems: Problem[] = [];
	const articleFiles: string[] = [];
	const files: string[] = [];
	for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		if (isIgnoredFile(entry.name)) continue;
		if (!entry.isFile()) {
			if (entry.isSymbolicLink())
				problems.push({
					file: entry.name,
					message: 'symbolic links are not followed',
					fix: 'copy the file into the story folder instead of linking to it',
					severity: 'warning'
				});
			continue;
		}
		files.push(entry.name);
		if (articleFormatOf(entry.name)) articleFiles.push(entry.name);
		else if (!isStoryFile(entry.name))
			problems.push({
				file: entry.name,
				message: 'not an article file, so it was ignored',
				fix: 'articles must be .md, .txt or .html files; move other files out of the story folder',
				severity: 'warning'
			});
	}

	const storyFile = readStoryFile(dir, files, slug);
	problems.push(...storyFile.problems);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const articles = articleFiles.map((file) => loadArticle(join(dir, file), file, maxBytes));
	return { slug, found: true, story: storyFile.story, articles, problems };
}

function storyEntries(dir: string): Dirent[] | null {
	try {
		return readdirSync(dir, { withFileTypes: true });
	} catch {
		return null;
	}
}

function isStoryFile(name: string): boolean {
	return (STORY_FILES as readonly string[]).includes(name);
}

function readStoryFile(dir: string, files: string[], slug: string): { story: Story | null; problems: Problem[] } {
	const present = STORY_FILES.filter((name) => files.includes(name));
	if (present.length === 0) {
		const actors = structuredClone(defaultActors) as ActorsData;
		return {
			story: { title: slug, description: '', actors },
			problems: [
				{
					file: 'story.yaml',
					message: 'the folder has no story.yaml, so the folder name is the title and the default actors are used',
					fix: 'add a story.yaml with `title`, `description` and `actors`',
					severity: 'warning'
				}
			]
		};
	}
	const [chosen, ...others] = present;
	const problems: Problem[] = others.map((name) => ({
		file: name,
		message: `ignored, because ${chosen} is read first`,
		fix: 'keep a single story file',
		severity: 'warning' as const
	}));
	const read = readText(join(dir, chosen), chosen, 256 * 1024);
	if (read.text === null) return { story: null, problems: [...problems, ...read.problems] };
	const parsed = parseStory(chosen, read.text);
	return { story: parsed.story, problems: [...problems, ...parsed.problems] };
}

function loadArticle(path: string, file: string, maxBytes: number): LoadedArticle {
	const read = readText(path, file, maxBytes);
	if (read.text === null) return { file, article: null, problems: read.problems };
	const { article, problems } = parseArticle(file, read.text);
	return { file, article, problems };
}

/** Reads and decodes one file; a size check comes first so a huge file is never loaded. */
function readText(
	path: string,
	file: string,
	maxBytes: number
): { text: string; problems: Problem[] } | { text: null; problems: Problem[] } {
	try {
		const info = lstatSync(path);
		if (info.size > maxBytes) return { text: null, problems: [sizeLimitProblem(file, info.size, maxBytes)] };
		return decodeArticleBytes(file, readFileSync(path), { maxBytes });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'EACCES' || code === 'EPERM'
				? 'permission denied'
				: code === 'ENOENT'
					? 'it disappeared while the folder was being read'
					: code === 'EISDIR'
						? 'it is a folder'
						: (error as Error).message;
		return {
			text: null,
			problems: [
				{
					file,
					message: `the file could not be read: ${reason}`,
					fix: 'check that the file exists and that the server may read it',
					severity: 'error'
				}
			]
		};
	}
}
