import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';
import type { Io } from './io';
import type { ArticleReport } from '../lib/analysis/types';

const STORY = resolve(import.meta.dirname, '../../corpus/nato-proactive-2025');

async function run(argv: string[], stdin = '') {
	let out = '';
	let err = '';
	const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => stdin, interactive: false };
	const code = await main(argv, io);
	return { code, out, err };
}

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'framing-cli-'));
	writeFileSync(join(dir, 'empty.md'), '');
	writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
	writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Headline\nCaf\xe9 and na\xefve text said the minister.', 'latin1'));
	writeFileSync(join(dir, 'broken.md'), '---\noutlet: [unclosed\nheadline: "x\n---\nBody text said the minister.\n');
	writeFileSync(join(dir, 'german.txt'), 'Schlagzeile\nDie Allianz prüft alle Optionen, und ihr Vorsitzender sagte, dass ein proaktiverer Ansatz von den Mitgliedern des Ausschusses nach den Vorfällen im Osten erwogen werde, während die Regierung schweigt.');
	writeFileSync(join(dir, 'nosentences.txt'), 'Headline only\n\n... --- !!!\n');
	writeFileSync(join(dir, 'huge.txt'), 'Headline\n' + 'The minister said the alliance is ready. '.repeat(130_000));
	writeFileSync(join(dir, 'good.txt'), 'NATO May Strike First\n\nThe Kremlin said NATO was "warmongering". Analysts said it could escalate.\n');
	mkdirSync(join(dir, 'no-articles'));
	writeFileSync(join(dir, 'no-articles', 'readme.pdf'), 'x');
});

describe('framing analyze', () => {
	it('prints the contract fields for every article of the bundled story, offsets into the file as read', async () => {
		const { code, out, err } = await run(['analyze', STORY]);
		expect(err).toBe('');
		expect(code).toBe(0);
		const reports = JSON.parse(out) as ArticleReport[];
		expect(reports).toHaveLength(5);
		for (const r of reports) {
			const text = readFileSync(r.path, 'utf8');
			expect(typeof r.words).toBe('number');
			expect(r.headline).toMatchObject({ text: expect.any(String), valence: expect.any(Number), alarm: expect.any(Number), question: expect.any(Boolean), inferred: expect.any(Boolean) });
			expect(r.lexicon.assertive).toMatchObject({ count: expect.any(Number), per1000: expect.any(Number) });
			expect(r.lexicon.index).toBeGreaterThanOrEqual(-1);
			for (const h of r.lexicon.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
			for (const s of r.statements) {
				expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
				expect(text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text);
				if (s.speaker) expect(text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text);
				if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
			}
			for (const v of Object.values(r.voices)) expect(v).toMatchObject({ statements: expect.any(Number), share: expect.any(Number) });
		}
		const inferred = reports.filter((r) => r.headline.inferred);
		expect(inferred.map((r) => r.outlet)).toEqual(['Expressive Info']);
	});

	it('gives one report per line with --format ndjson', async () => {
		const { code, out } = await run(['analyze', '--format', 'ndjson', join(STORY, 'archyde.md'), join(STORY, 'defence24.md')]);
		expect(code).toBe(0);
		expect(out.trim().split('\n').map((l) => JSON.parse(l).outlet)).toEqual(['Archyde', 'Defence24']);
	});

	it('gives the tidy table with --format csv', async () => {
		const { code, out } = await run(['analyze', '--format', 'csv', STORY]);
		expect(code).toBe(0);
		const rows = Papa.parse<Record<string, string>>(out.trim(), { header: true }).data;
		expect(Object.keys(rows[0])).toEqual(['article', 'outlet', 'measure', 'subset', 'count', 'value', 'unit', 'denominator']);
		expect(new Set(rows.map((r) => r.outlet)).size).toBe(5);
		expect(rows.some((r) => r.measure === 'statements' && r.subset === 'russia')).toBe(true);
	});

	it('analyses a .txt whose first line is the headline', async () => {
		const { code, out } = await run(['analyze', join(dir, 'good.txt')]);
		expect(code).toBe(0);
		const [report] = JSON.parse(out) as ArticleReport[];
		expect(report.headline.text).toBe('NATO May Strike First');
		expect(report.headline.inferred).toBe(false);
		expect(report.voices.russia.statements).toBe(1);
	});

	it.each([
		['empty.md', /empty/i],
		['binary.txt', /binary/i],
		['latin1.txt', /UTF-8/],
		['broken.md', /front matter|YAML/i],
		['german.txt', /English/],
		['nosentences.txt', /no words|no sentences|empty/i],
		['huge.txt', /MB/],
		['no-articles', /no articles/],
		['missing.md', /no such file/]
	])('refuses %s with a message naming it, exit 1, and still analyses the good file', async (name, reason) => {
		const { code, out, err } = await run(['analyze', join(dir, name), join(dir, 'good.txt')]);
		expect(code).toBe(1);
		expect(err).toContain(join(dir, name));
		expect(err).toMatch(reason);
		expect(err).not.toMatch(/\n\s+at /); // no stack trace
		expect(JSON.parse(out)).toHaveLength(1);
	});

	it.each([[['analyze']], [['analyze', '--format', 'xml', STORY]], [['analyze', '--bogus', STORY]], [['frame']], [[]]])('exits 2 on bad usage %j', async (argv) => {
		const { code, err, out } = await run(argv);
		expect(code).toBe(2);
		expect(err + out).toMatch(/Usage: framing/);
	});
});

describe('framing tone', () => {
	it('prints one JSON object per headline line', async () => {
		const { code, out } = await run(['tone'], 'Could NATO Strike Russia First?\n\nBombers kill shoppers\nGoal delight for Sheva\n');
		expect(code).toBe(0);
		const lines = out.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => Object.keys(l))).toEqual(Array(3).fill(['headline', 'valence', 'alarm', 'question']));
		expect(lines[0].question).toBe(true);
		expect(lines[1].valence).toBeLessThan(0);
		expect(lines[1].alarm).toBeGreaterThan(lines[2].alarm);
		expect(lines[2].valence).toBeGreaterThan(0);
	});
});
