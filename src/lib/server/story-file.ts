import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { isCollection, isMap, isSeq, parseDocument, visit, type Document } from 'yaml';
import { parseStory, STORY_FILES, type Story } from '../corpus/parse-story';
import { formatProblem, isError } from '../corpus/problem';
import { writeFileAtomic } from './atomic-write';
import { isValidSlug } from './corpus-store';

/** The reader refuses story files above this, so the writer never makes one. */
export const STORY_FILE_MAX_BYTES = 256 * 1024;

/** The story keys the editors write; every other key of the file is kept as it is. */
export type EditableKey = 'lexicon' | 'actors' | 'ignoredHits';

/** A change to the story file: a new value for a key, or `undefined` to remove the key. */
export type StoryChange = Partial<Record<EditableKey, unknown>>;

/** Why a story file was not written, in words for the person editing, with what to do. */
export class StoryWriteError extends Error {
	constructor(
		message: string,
		readonly fix: string
	) {
		super(message);
	}
}

// one write at a time per story, so two quick edits (two hits marked wrong) never lose one another
const queues = new Map<string, Promise<unknown>>();

/**
 * Reads the story file, lets `edit` decide the new values of some keys from the story as it is now,
 * checks the result the way the reader will, and writes it atomically. YAML comments and the other
 * keys are kept. A folder without a story file gets a new story.yaml titled by its name.
 */
export function editStoryFile(root: string, slug: string, edit: (story: Story) => StoryChange): Promise<Story> {
	const previous = queues.get(slug) ?? Promise.resolve();
	const next = previous.catch(() => {}).then(() => writeEdit(root, slug, edit));
	queues.set(slug, next);
	void next.finally(() => {
		if (queues.get(slug) === next) queues.delete(slug);
	}).catch(() => {});
	return next;
}

async function writeEdit(root: string, slug: string, edit: (story: Story) => StoryChange): Promise<Story> {
	const dir = storyDir(root, slug);
	const names = readdirSync(dir);
	const name = STORY_FILES.find((n) => names.includes(n)) ?? 'story.yaml';
	const path = join(dir, name);
	const exists = names.includes(name);
	if (exists && lstatSync(path).isSymbolicLink())
		throw new StoryWriteError(`${name} is a symbolic link, so it was not changed`, 'replace the link with the file itself');
	const before = exists ? readFileSync(path, 'utf8') : `title: ${JSON.stringify(slug)}\n`;
	if (Buffer.byteLength(before) > STORY_FILE_MAX_BYTES)
		throw new StoryWriteError(`${name} is larger than ${STORY_FILE_MAX_BYTES / 1024} KB`, 'shorten the story file by hand');

	const current = parseStory(name, before);
	if (!current.story) {
		const first = current.problems.find(isError);
		throw new StoryWriteError(
			`${name} has a problem, so it was not changed: ${first ? formatProblem(first) : 'it could not be read'}`,
			'fix the story file by hand first (or remove the broken key), then try again'
		);
	}
	const change = edit(current.story);
	const after = /\.json$/i.test(name) ? changedJson(before, change) : changedYaml(before, change);
	if (Buffer.byteLength(after) > STORY_FILE_MAX_BYTES)
		throw new StoryWriteError(
			`the change would make ${name} larger than ${STORY_FILE_MAX_BYTES / 1024} KB, the most a story file may hold`,
			'remove entries you no longer need (old hits marked wrong, unused words) and try again'
		);
	const checked = parseStory(name, after);
	if (!checked.story) {
		const problems = checked.problems.filter(isError).slice(0, 3).map(formatProblem).join('; ');
		throw new StoryWriteError(`the change was not saved because it makes ${name} invalid: ${problems}`, 'correct the values named above and save again');
	}
	await writeFileAtomic(path, after);
	return checked.story;
}

/** The story folder, refused unless it is a valid story name directly under the corpus. */
function storyDir(root: string, slug: string): string {
	if (!isValidSlug(slug)) throw new StoryWriteError('not a valid story name', 'use the name of a story folder');
	const base = resolve(root);
	const dir = resolve(base, slug);
	if (!dir.startsWith(base + sep)) throw new StoryWriteError('not a valid story name', 'use the name of a story folder');
	let stat;
	try {
		stat = lstatSync(dir);
	} catch {
		throw new StoryWriteError(`there is no story "${slug}"`, 'check the address');
	}
	if (!stat.isDirectory()) throw new StoryWriteError(`there is no story "${slug}"`, 'check the address');
	return dir;
}

function changedJson(text: string, change: StoryChange): string {
	const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
	for (const [key, value] of Object.entries(change)) {
		if (value === undefined) delete data[key];
		else data[key] = value;
	}
	return JSON.stringify(data, null, 2) + '\n';
}

function changedYaml(text: string, change: StoryChange): string {
	const doc = parseDocument(text.replace(/^\uFEFF/, ''));
	for (const [key, value] of Object.entries(change)) {
		if (value === undefined) doc.delete(key);
		else doc.set(key, nodeFor(doc, key as EditableKey, value));
	}
	return doc.toString({ lineWidth: 100 });
}

/** Compact where a person reads many short items: one line per hit, word lists as [a, b, c]. */
function nodeFor(doc: Document, key: EditableKey, value: unknown) {
	const node = doc.createNode(value);
	if (key === 'ignoredHits' && isSeq(node)) for (const item of node.items) if (isMap(item)) item.flow = true;
	if (key === 'lexicon' && isCollection(node))
		visit(node, {
			Seq(_, seq) {
				seq.flow = true;
			}
		});
	return node;
}
