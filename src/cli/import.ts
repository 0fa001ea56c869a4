import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createNlp } from '../lib/analysis/nlp';
import type { ArticleMeta } from '../lib/analysis/types';
import { sizeLimitProblem } from '../lib/corpus/decode-article-bytes';
import { isError, type Problem } from '../lib/corpus/problem';
import { loadStory } from '../lib/server/corpus-store';
import { createStory } from '../lib/server/import/create-story';
import { fetchPage } from '../lib/server/import/fetch-page';
import { IMPORT_LIMITS } from '../lib/server/import/limits';
import { prepareFile, preparePage, type Prepared } from '../lib/server/import/prepare-article';
import { existingArticles, previewArticle, type StoryContext } from '../lib/server/import/preview';
import { storyNameProblem, takenNames } from '../lib/server/import/safe-names';
import { saveArticle } from '../lib/server/import/save-article';
import { expandInputs } from './inputs';
import { EXIT, type Io, UsageError } from './io';
import { storyEngines } from './story-context';

/** From this many inputs on, an interactive terminal gets a progress bar instead of silence between lines. */
export const PROGRESS_MIN_INPUTS = 5;
const BAR_WIDTH = 24;

export const IMPORT_USAGE = `import FILE|FOLDER|URL... --story NAME [--create] [--title TEXT] [--outlet NAME] [--yes] [--corpus DIR]
      Add articles to a story in the corpus: .txt, .md and .html files (folders are searched), or
      web addresses (fetched with a ${IMPORT_LIMITS.fetchTimeoutMs / 1000} s time limit and a ${IMPORT_LIMITS.maxFetchBytes / 1024 / 1024} MB size limit). Each is cleaned of page
      furniture, checked against the story for duplicates, and saved as corpus/NAME/<outlet>.md;
      existing files are never overwritten. --create makes the story first (default actors);
      --outlet sets the outlet of every article; --yes adds duplicates anyway. Prints one line per
      saved article; warnings and the summary go to standard error.`;

/** `framing import`: the import page's pipeline, from the command line. */
export async function runImport(argv: string[], io: Io): Promise<number> {
	const { values, positionals } = parse(argv);
	if (positionals.length === 0) throw new UsageError('give at least one file, folder or address to import');
	const slug = values.story;
	if (!slug) throw new UsageError('say which story the articles belong to: --story NAME');
	const nameProblem = storyNameProblem(slug);
	if (nameProblem) throw new UsageError(`--story "${slug}": ${nameProblem}`);
	const root = resolve(values.corpus ?? process.env.FRAMING_CORPUS_DIR ?? 'corpus');
	const say = (line: string) => io.err(`framing import: ${line}\n`);

	let loaded = loadStory(root, slug);
	if (!loaded.found) {
		if (!values.create) throw new UsageError(`there is no story "${slug}" in ${root}; add --create to create it`);
		const created = await createStory(root, { title: values.title ?? slug, description: '', slug, actors: 'default' });
		if (!created.ok) throw new UsageError(`--story "${slug}": ${created.message}; ${created.fix}`);
		say(`created the story ${slug} in ${root}`);
		loaded = loadStory(root, slug);
	}
	const dir = join(root, slug);
	const { engine, problems: storyProblems } = storyEngines(createNlp())(join(dir, 'story.yaml'));
	for (const p of storyProblems) say(`warning: ${describe(p)}`);

	const context: StoryContext & { taken: Set<string>; existing: ReturnType<typeof existingArticles> } = {
		slug,
		engine,
		existing: existingArticles(loaded.articles),
		taken: takenNames(readdirSync(dir)),
		today: new Date().toISOString().slice(0, 10)
	};

	const inputs = expandAll(positionals);
	const progress = io.interactive && inputs.items.length >= PROGRESS_MIN_INPUTS ? progressBar(io, inputs.items.length) : null;
	const report = (line: string, stream: 'out' | 'err' = 'err') => {
		progress?.clear();
		if (stream === 'out') io.out(line + '\n');
		else say(line);
	};
	for (const p of inputs.problems) report(`${p.path}: ${p.message}`);

	let imported = 0;
	let skipped = 0;
	let failed = inputs.problems.length;
	for (const [n, input] of inputs.items.entries()) {
		progress?.draw(n, input);
		const prepared = isAddress(input) ? await prepareUrl(input) : prepareLocalFile(input);
		if (!prepared.article) {
			failed++;
			report(`${input}: ${prepared.problems.map(reason).join('; ')}`);
			continue;
		}
		const edits: Partial<ArticleMeta> = values.outlet ? { outlet: values.outlet } : {};
		const preview = previewArticle(prepared.article, context, { meta: edits });
		if (preview.duplicateOf && !values.yes) {
			skipped++;
			const d = preview.duplicateOf;
			const how = d.kind === 'same-url' ? 'has the same address as' : `shares ${Math.round(Math.max(d.similarity, d.containment) * 100)}% of its wording with`;
			report(`skipped ${input}: it ${how} ${slug}/${d.file}, already in the story (add --yes to add it anyway)`);
			continue;
		}
		const errors = preview.problems.filter(isError);
		if (errors.length > 0) {
			failed++;
			report(`${input}: ${errors.map(reason).join('; ')}`);
			continue;
		}
		for (const p of preview.problems) report(`warning: ${input}: ${reason(p)}`);
		const saved = await saveArticle(dir, preview.id, preview.text);
		if (!saved.ok) {
			failed++;
			report(`${input}: not saved: ${saved.message}. Fix: ${saved.fix}`);
			continue;
		}
		imported++;
		context.taken.add(preview.id);
		context.existing.push({ id: preview.id, file: saved.file, headline: preview.meta.headline, url: preview.meta.url, body: preview.body });
		const r = preview.report;
		const figures = r ? `${r.words} words, ${r.statements.length} statements, ${r.lexicon.hits.length} lexicon hits` : 'not analysed, see the warning';
		report(`${input} -> ${slug}/${saved.file} (${figures})`, 'out');
	}
	progress?.done();
	say(`${imported} imported, ${skipped} skipped as duplicates, ${failed} failed (story ${slug}: ${dir})`);
	return failed > 0 ? EXIT.failed : EXIT.ok;
}

function parse(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				story: { type: 'string', short: 's' },
				create: { type: 'boolean' },
				title: { type: 'string' },
				outlet: { type: 'string' },
				yes: { type: 'boolean', short: 'y' },
				corpus: { type: 'string' }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}

function isAddress(input: string): boolean {
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^(?:javascript|data|mailto):/i.test(input);
}

/** Addresses stay as given (in order); files and folders are expanded like `framing analyze` does. */
function expandAll(positionals: string[]) {
	const items: string[] = [];
	const problems: { path: string; message: string }[] = [];
	for (const input of positionals) {
		if (isAddress(input)) {
			items.push(input);
			continue;
		}
		const expanded = expandInputs([input]);
		items.push(...expanded.files);
		problems.push(...expanded.problems);
	}
	return { items, problems };
}

function prepareLocalFile(path: string): Prepared {
	const name = basename(path);
	try {
		const size = statSync(path).size;
		if (size > IMPORT_LIMITS.maxFileBytes) return { article: null, problems: [sizeLimitProblem(name, size, IMPORT_LIMITS.maxFileBytes)] };
		return prepareFile(name, readFileSync(path));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { article: null, problems: [{ file: name, message: `cannot be read (${code ?? (error as Error).message})`, fix: 'check the path and the permissions', severity: 'error' }] };
	}
}

async function prepareUrl(url: string): Promise<Prepared> {
	const page = await fetchPage(url);
	if (!page.ok) return { article: null, problems: [page.problem] };
	const prepared = preparePage(url, page.finalUrl, page.html);
	if (prepared.article) prepared.article.problems.unshift(...page.problems);
	return prepared;
}

function reason(p: Problem): string {
	const where = [p.line !== undefined ? `line ${p.line}` : '', p.field ?? ''].filter(Boolean).join(', ');
	return `${where ? `${where}: ` : ''}${p.message}. Fix: ${p.fix}`;
}

function describe(p: Problem): string {
	return `${p.file}: ${reason(p)}`;
}

/** One line on standard error, redrawn in place; cleared before any other line is written. */
function progressBar(io: Io, total: number) {
	let shown = false;
	return {
		draw(done: number, current: string) {
			const filled = Math.round((done / total) * BAR_WIDTH);
			const name = current.length > 40 ? '…' + current.slice(-39) : current;
			io.err(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`);
			shown = true;
		},
		clear() {
			if (shown) io.err('\r\x1b[K');
			shown = false;
		},
		done() {
			io.err(`\r\x1b[K[${'#'.repeat(BAR_WIDTH)}] ${total}/${total}\n`);
			shown = false;
		}
	};
}
