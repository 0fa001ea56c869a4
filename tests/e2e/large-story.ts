import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { serializeArticle } from '../../src/lib/corpus';
import defaultActors from '../../src/lib/analysis/data/actors.default.json';

const root = resolve(import.meta.dirname, '../..');
const POLNEAR = resolve(root, '../shared/data/polnear/dev/text');

/** Source texts as [headline, body]: the PolNeAR development texts, or the bundled story when they are absent. */
function sources(): [string, string][] {
	if (existsSync(POLNEAR)) {
		return readdirSync(POLNEAR)
			.sort()
			.map((f) => {
				const [headline, ...rest] = readFileSync(join(POLNEAR, f), 'utf8').split('\n');
				return [headline.trim(), rest.join('\n').trim()];
			});
	}
	const dir = join(root, 'corpus/nato-proactive-2025');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
			return [body.split('\n')[0].slice(0, 90), body];
		});
}

/**
 * A story of `count` articles for scale tests. Texts repeat once the sources run out, each repeat
 * starting a few paragraphs later, so no two articles are identical.
 */
export function writeLargeStory(corpusDir: string, slug: string, count: number) {
	const dir = join(corpusDir, slug);
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'story.yaml'),
		stringify({ title: `Scale test: ${count} articles`, description: 'Generated from development texts for scale tests.', actors: defaultActors })
	);
	const texts = sources();
	for (let i = 0; i < count; i++) {
		const [headline, body] = texts[i % texts.length];
		const round = Math.floor(i / texts.length);
		const paragraphs = body.split(/\n+/);
		const kept = paragraphs.slice(Math.min(round * 2, Math.max(0, paragraphs.length - 3))).join('\n\n');
		const n = String(i + 1).padStart(3, '0');
		writeFileSync(
			join(dir, `outlet-${n}.md`),
			serializeArticle(
				{ outlet: `Outlet ${n}`, headline, url: `https://example.org/${n}`, author: null, published: '2016-10-01', language: 'en', notes: null },
				kept
			)
		);
	}
}
