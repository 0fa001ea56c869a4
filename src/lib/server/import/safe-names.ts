import { resolve, sep } from 'node:path';
import type { ArticleMeta } from '../../analysis/types';

/**
 * File and folder names derived from user input. Names are URL-shaped (lower-case letters, digits,
 * inner hyphens, at most 64 characters), so they are safe on every file system, cannot climb out
 * of a folder, and double as the article's or story's address in the app.
 */
const NAME = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const MAX_NAME_LENGTH = 64;

/** Names a reader skips (readme) or some systems refuse (con, nul, com1 ...). */
const RESERVED = new Set(['readme', 'con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

/** Story names the app's own routes use: /stories/new is the form, not a story. */
const RESERVED_STORIES = new Set(['new']);

/** Text to a name: accents dropped, everything else that is not a letter or digit becomes one hyphen. */
export function slugify(text: string, maxLength = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	// cut at a word boundary when there is one not too far back
	const cut = slug.slice(0, maxLength);
	const hyphen = cut.lastIndexOf('-');
	return (hyphen > maxLength / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** Why `id` cannot name an article file, or null. */
export function articleNameProblem(id: string): string | null {
	if (id === '') return 'the file name is empty';
	if (id.length > MAX_NAME_LENGTH) return `the file name is longer than ${MAX_NAME_LENGTH} characters`;
	if (!NAME.test(id)) return 'the file name may use only lower-case letters a-z, digits and hyphens (not at the start or end)';
	if (RESERVED.has(id)) return `"${id}" is a reserved name`;
	return null;
}

/** Why `slug` cannot name a new story folder, or null. */
export function storyNameProblem(slug: string): string | null {
	const problem = articleNameProblem(slug);
	if (problem) return problem.replace('file name', 'story name');
	if (RESERVED_STORIES.has(slug)) return `"${slug}" is used by the app itself`;
	return null;
}

/** Article ids already used in a folder: a file's name without its extension, lower-cased (case-insensitive file systems). */
export function takenNames(fileNames: readonly string[]): Set<string> {
	return new Set(fileNames.map((name) => name.replace(/\.[^.]*$/, '').toLowerCase()));
}

/** A free article id: from the outlet, else the headline, else the source file name; `-2`, `-3` ... when taken. */
export function suggestArticleName(meta: Pick<ArticleMeta, 'outlet' | 'headline'>, sourceName: string, taken: ReadonlySet<string>): string {
	const fromSource = sourceName.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? '';
	let base = [meta.outlet, meta.headline ? slugify(meta.headline, 40) : null, fromSource]
		.map((value) => slugify(value ?? '', 50))
		.find((slug) => slug !== '' && articleNameProblem(slug) === null);
	base ??= 'article';
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const name = `${base}-${n}`;
		if (!taken.has(name)) return name;
	}
}

/** The path of `name` inside `dir`; throws if it would land anywhere else (a last guard behind the name rules). */
export function pathInside(dir: string, name: string): string {
	const base = resolve(dir);
	const path = resolve(base, name);
	if (!path.startsWith(base + sep) || path.slice(base.length + 1).includes(sep))
		throw new Error(`refusing to write outside ${base}: ${name}`);
	return path;
}
