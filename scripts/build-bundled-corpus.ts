/**
 * Builds the bundled story corpus/nato-proactive-2025/ from the five seed articles.
 *
 *   npx tsx scripts/build-bundled-corpus.ts [SEEDS_DIR]
 *
 * SEEDS_DIR defaults to ../shared/seeds relative to the repository root. Each seed is decoded,
 * cleaned of page furniture by the general rules of the cleaner (hints from index.tsv), and written
 * as <outlet-slug>.md with front matter; story.yaml gets the title, a description and the default
 * actors. Every file is read back with the corpus parsers before the script reports success.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import defaultActors from '../src/lib/analysis/data/actors.default.json';
import type { ArticleMeta } from '../src/lib/analysis/types';
import { cleanArticleText, type RemovedLine } from '../src/lib/corpus/clean-article-text';
import { decodeArticleBytes } from '../src/lib/corpus/decode-article-bytes';
import { parseArticle } from '../src/lib/corpus/parse-article';
import { parseStory } from '../src/lib/corpus/parse-story';
import { formatProblem } from '../src/lib/corpus/problem';
import { serializeArticle } from '../src/lib/corpus/serialize-article';
import { writeFileAtomic } from '../src/lib/server/atomic-write';

const STORY_SLUG = 'nato-proactive-2025';
const TITLE = "NATO's 'proactive' posture toward Russia (December 2025)";
const DESCRIPTION =
	"Five outlets report the Financial Times interview in which the chair of NATO's Military Committee, " +
	'Admiral Giuseppe Cavo Dragone, said the alliance was studying a more assertive or "proactive" ' +
	'response to Russian hybrid attacks, up to a "pre-emptive strike" framed as defensive. Published ' +
	'1-2 December 2025 (two articles give no date); one article gives no headline of its own.';
const COLUMNS = ['file', 'outlet', 'site', 'url', 'author', 'published', 'headline'] as const;
type SeedRow = Record<(typeof COLUMNS)[number], string>;

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

function fail(message: string): never {
	console.error(`build-bundled-corpus: ${message}`);
	process.exit(1);
}

function readIndex(seedsDir: string): SeedRow[] {
	const indexPath = join(seedsDir, 'index.tsv');
	if (!existsSync(indexPath)) fail(`${indexPath} is missing; the seeds folder must hold index.tsv`);
	const lines = readFileSync(indexPath, 'utf8').replace(/\r\n?/g, '\n').split('\n').filter((l) => l !== '');
	const header = lines[0].split('\t');
	if (COLUMNS.some((c, i) => header[i] !== c))
		fail(`${indexPath}: expected the columns ${COLUMNS.join(', ')}, found ${header.join(', ')}`);
	return lines.slice(1).map((line, i) => {
		const cells = line.split('\t');
		if (cells.length > COLUMNS.length) fail(`${indexPath}:${i + 2}: ${cells.length} columns, expected ${COLUMNS.length}`);
		return Object.fromEntries(COLUMNS.map((c, k) => [c, (cells[k] ?? '').trim()])) as SeedRow;
	});
}

export function slugOf(outlet: string): string {
	return outlet
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function summarizeRemoved(removed: RemovedLine[]): string {
	if (removed.length === 0) return 'nothing was removed';
	const counts = new Map<string, number>();
	for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
	return `removed ${[...counts].map(([reason, n]) => (n > 1 ? `${reason} (${n} lines)` : reason)).join(', ')}`;
}

async function main(): Promise<void> {
	const seedsDir = resolve(repoRoot, process.argv[2] ?? '../shared/seeds');
	if (!existsSync(seedsDir))
		fail(`the seeds folder ${seedsDir} does not exist; pass its path as the first argument or place it at ../shared/seeds`);
	const outDir = join(repoRoot, 'corpus', STORY_SLUG);
	mkdirSync(outDir, { recursive: true });

	const written = new Set<string>();
	for (const row of readIndex(seedsDir)) {
		const source = join(seedsDir, row.file);
		if (!existsSync(source)) fail(`${source} is listed in index.tsv but missing`);
		const decoded = decodeArticleBytes(row.file, readFileSync(source));
		if (decoded.text === null) fail(decoded.problems.map(formatProblem).join('\n'));
		if (!row.outlet) fail(`${row.file}: index.tsv gives no outlet, so the file cannot be named`);

		const cleaned = cleanArticleText(decoded.text.replace(/^\uFEFF/, ''), {
			headline: row.headline || null,
			author: row.author || null,
			outlet: row.outlet
		});
		const notes = [
			`Source site: ${row.site || 'unknown'}; seed file ${row.file}.`,
			row.headline ? '' : 'The page gives no headline; the first line is body text.',
			`Cleaned by scripts/build-bundled-corpus.ts: ${summarizeRemoved(cleaned.removed)}.`
		]
			.filter(Boolean)
			.join('\n');
		const meta: ArticleMeta = {
			outlet: row.outlet,
			headline: row.headline || null,
			url: row.url || null,
			author: row.author || null,
			published: row.published || null,
			language: 'en',
			notes
		};

		let slug = slugOf(row.outlet);
		for (let n = 2; written.has(`${slug}.md`); n++) slug = `${slugOf(row.outlet)}-${n}`;
		const name = `${slug}.md`;
		const text = serializeArticle(meta, cleaned.text);

		// the file must read back exactly as intended before it counts as built
		const check = parseArticle(name, text);
		if (!check.article || check.problems.length > 0)
			fail(`${name} does not read back cleanly:\n${check.problems.map(formatProblem).join('\n')}`);
		if (JSON.stringify(check.article.meta) !== JSON.stringify(meta)) fail(`${name}: front matter does not round-trip`);
		if (text.slice(check.article.body.start, check.article.body.end) !== cleaned.text.trim())
			fail(`${name}: body does not round-trip`);

		await writeFileAtomic(join(outDir, name), text);
		written.add(name);
		console.log(`${relative(repoRoot, join(outDir, name))}  <- ${row.file}  (${summarizeRemoved(cleaned.removed)})`);
		for (const r of cleaned.removed) console.log(`    - ${r.reason}: ${JSON.stringify(r.text.length > 90 ? r.text.slice(0, 87) + '...' : r.text)}`);
	}

	const storyText = stringify({ title: TITLE, description: DESCRIPTION, actors: defaultActors }, { lineWidth: 100 });
	const story = parseStory('story.yaml', storyText);
	if (!story.story || story.problems.length > 0)
		fail(`story.yaml does not read back cleanly:\n${story.problems.map(formatProblem).join('\n')}`);
	if (JSON.stringify(story.story.actors) !== JSON.stringify(defaultActors)) fail('story.yaml: actors do not round-trip');
	await writeFileAtomic(join(outDir, 'story.yaml'), storyText);
	console.log(relative(repoRoot, join(outDir, 'story.yaml')));

	// articles from an earlier build whose outlet no longer exists would otherwise linger
	for (const name of readdirSync(outDir))
		if (name.endsWith('.md') && !written.has(name)) {
			unlinkSync(join(outDir, name));
			console.log(`removed stale ${name}`);
		}
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
