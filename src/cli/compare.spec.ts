import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryAlignment } from '../lib/analysis/compare';
import { main } from './main';
import type { Io } from './io';

const STORY = resolve(import.meta.dirname, '../../corpus/nato-proactive-2025');

async function run(argv: string[]) {
	let out = '';
	let err = '';
	const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => '', interactive: false };
	const code = await main(argv, io);
	return { code, out, err };
}

describe('framing compare', () => {
	it('prints the groups and divergences of a story folder as JSON', async () => {
		const { code, out, err } = await run(['compare', STORY]);
		expect(err).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(out) as StoryAlignment;
		expect(result.articles).toHaveLength(5);
		expect(result.groups.some((g) => g.members.some((m) => m.text.includes('studying everything')))).toBe(true);
		expect(result.divergences.map((d) => d.kind).sort()).toEqual(['date', 'name', 'number']);
		expect(result.similarity).toHaveLength(5);
	});

	it('takes its thresholds from options, and says what is wrong with a bad one', async () => {
		const strict = JSON.parse((await run(['compare', '--similarity', '0.9', STORY])).out) as StoryAlignment;
		expect(strict.settings.sentenceSimilarity).toBe(0.9);
		const loose = JSON.parse((await run(['compare', STORY])).out) as StoryAlignment;
		expect(strict.groups.length).toBeLessThan(loose.groups.length);
		const bad = await run(['compare', '--similarity', 'high', STORY]);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--similarity must be a number above 0 and at most 1, not "high"');
	});

	it('refuses to compare fewer than two articles, naming the fix', async () => {
		const { code, err } = await run(['compare', join(STORY, 'archyde.md')]);
		expect(code).toBe(1);
		expect(err).toContain('a comparison needs at least two');
	});

	it('compares what it can and names a file it cannot read', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'framing-compare-'));
		writeFileSync(join(dir, 'empty.md'), '');
		const { code, out, err } = await run(['compare', join(STORY, 'archyde.md'), join(STORY, 'rbc-ukraine.md'), join(dir, 'empty.md')]);
		expect(code).toBe(1);
		expect(err).toContain('empty.md');
		expect((JSON.parse(out) as StoryAlignment).articles).toHaveLength(2);
	});
});
