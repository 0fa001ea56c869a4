import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStory } from '../lib/server/corpus-store';
import type { Io } from './io';
import { main } from './main';

const FIXTURES = join(import.meta.dirname, '../lib/server/import/fixtures');

async function run(argv: string[], interactive = false) {
	let out = '';
	let err = '';
	const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => '', interactive };
	const code = await main(argv, io);
	return { code, out, err };
}

let corpus: string;
let inputs: string;
let server: Server;
let page: string;
beforeAll(async () => {
	inputs = mkdtempSync(join(tmpdir(), 'framing-import-in-'));
	const write = (name: string, data: string | Buffer) => writeFileSync(join(inputs, name), data);
	write('grain.txt', 'Grain exports rise\n\nShare on Facebook | Email\n\nGrain exports through the Black Sea rose for a third month, port officials said on Friday.\n');
	write('talks.md', '---\noutlet: Wire\nheadline: Talks to resume\n---\n\nThe minister said the talks would resume next week, and the Kremlin agreed to the date.\n');
	write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
	write('latin1.txt', Buffer.from('Headline\nCaf\xe9 society said the minister.', 'latin1'));
	write('report.pdf', '%PDF-1.4');
	for (let i = 0; i < 6; i++) write(`many-${i}.txt`, `Story number ${i}\n\nA distinct report number ${i} about ${'harbour '.repeat(i + 1)}traffic, officials said on day ${i}.\n`);
	server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(readFileSync(join(FIXTURES, 'furniture-page.html')));
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/story`;
});
afterAll(() => {
	server.close();
	rmSync(inputs, { recursive: true, force: true });
});
beforeEach(() => {
	corpus = mkdtempSync(join(tmpdir(), 'framing-import-corpus-'));
	return () => rmSync(corpus, { recursive: true, force: true });
});

const input = (name: string) => join(inputs, name);

describe('framing import', () => {
	it('creates the story, imports .txt and .md, and writes files the corpus reads back', async () => {
		const { code, out, err } = await run(['import', input('grain.txt'), input('talks.md'), '--story', 'harbour', '--create', '--title', 'Harbour story', '--corpus', corpus]);
		expect(code).toBe(0);
		expect(out.trim().split('\n')).toEqual([
			expect.stringMatching(/grain\.txt -> harbour\/grain-exports-rise\.md \(\d+ words, \d+ statements, \d+ lexicon hits\)$/),
			expect.stringMatching(/talks\.md -> harbour\/wire\.md \(\d+ words, \d+ statements, \d+ lexicon hits\)$/)
		]);
		expect(err).toMatch(/created the story harbour/);
		expect(err).toMatch(/2 imported, 0 skipped as duplicates, 0 failed/);
		const loaded = loadStory(corpus, 'harbour');
		expect(loaded.story?.title).toBe('Harbour story');
		expect(loaded.articles.map((a) => [a.file, a.article?.meta.headline, a.problems])).toEqual([
			['grain-exports-rise.md', 'Grain exports rise', []],
			['wire.md', 'Talks to resume', []]
		]);
		expect(readFileSync(join(corpus, 'harbour', 'grain-exports-rise.md'), 'utf8')).toMatch(/notes: \|-\n {2}Imported from the file grain\.txt on \d{4}-\d\d-\d\d\.\n {2}Removed on import: share buttons\./);
	});

	it('skips duplicates (exit 0) unless --yes, and never overwrites a file', async () => {
		await run(['import', input('grain.txt'), '--story', 'harbour', '--create', '--corpus', corpus]);
		const again = await run(['import', input('grain.txt'), '--story', 'harbour', '--corpus', corpus]);
		expect(again.code).toBe(0);
		expect(again.err).toMatch(/skipped .*grain\.txt: it shares 100% of its wording with harbour\/grain-exports-rise\.md.*add --yes/);
		expect(again.out).toBe('');
		const forced = await run(['import', input('grain.txt'), '--story', 'harbour', '--yes', '--corpus', corpus]);
		expect(forced.out).toMatch(/-> harbour\/grain-exports-rise-2\.md/);
		expect(readdirSync(join(corpus, 'harbour')).sort()).toEqual(['grain-exports-rise-2.md', 'grain-exports-rise.md', 'story.yaml']);
	});

	it('reports every bad input by name with the fix (exit 1) and still imports the good ones', async () => {
		const { code, out, err } = await run(['import', input('binary.txt'), input('latin1.txt'), input('report.pdf'), join(inputs, 'missing.txt'), input('grain.txt'), '--story', 'harbour', '--create', '--corpus', corpus]);
		expect(code).toBe(1);
		expect(out).toMatch(/grain\.txt -> harbour\/grain-exports-rise\.md/);
		expect(err).toMatch(/binary\.txt: the file looks binary.*Fix: /);
		expect(err).toMatch(/latin1\.txt: line 2: the file is not valid UTF-8.*Fix: save the file again as UTF-8/);
		expect(err).toMatch(/report\.pdf: the file is not a \.txt, \.md or \.html file\. Fix: /);
		expect(err).toMatch(/missing\.txt: no such file or folder/);
		expect(err).toMatch(/1 imported, 0 skipped as duplicates, 4 failed/);
	});

	it('refuses a loopback address unless FRAMING_ALLOW_PRIVATE_FETCH=1, then imports the page cleaned', async () => {
		vi.stubEnv('FRAMING_ALLOW_PRIVATE_FETCH', '');
		const refused = await run(['import', page, '--story', 'harbour', '--create', '--corpus', corpus]);
		expect(refused.code).toBe(1);
		expect(refused.err).toMatch(/refused to fetch 127\.0\.0\.1:\d+: it is a loopback address.*FRAMING_ALLOW_PRIVATE_FETCH=1/);
		vi.stubEnv('FRAMING_ALLOW_PRIVATE_FETCH', '1');
		const allowed = await run(['import', page, '--story', 'harbour', '--corpus', corpus]);
		vi.unstubAllEnvs();
		expect(allowed.code).toBe(0);
		expect(allowed.out).toMatch(/-> harbour\/the-harbour-post\.md/);
		const saved = readFileSync(join(corpus, 'harbour', 'the-harbour-post.md'), 'utf8');
		expect(saved).toMatch(/url: https:\/\/harbourpost\.example\/world\/alliance-tougher-line/);
		expect(saved).not.toMatch(/Share on Facebook|READ MORE|cookies|Related articles/);
		expect(saved).toMatch(/Imported from http:\/\/127\.0\.0\.1:\d+\/world\/story on/);
	});

	it('refuses addresses that are not http(s)', async () => {
		const { code, err } = await run(['import', 'javascript:alert(1)', 'file:///etc/passwd', '--story', 'harbour', '--create', '--corpus', corpus]);
		expect(code).toBe(1);
		expect(err).toMatch(/javascript:alert\(1\): url: only http:\/\/ and https:\/\/ addresses are fetched, not javascript:/);
		expect(err).toMatch(/file:\/\/\/etc\/passwd: url: only http:\/\/ and https:\/\/ addresses are fetched, not file:/);
	});

	it('sets the outlet of every article with --outlet', async () => {
		const { out } = await run(['import', input('grain.txt'), input('talks.md'), '--story', 'harbour', '--create', '--outlet', 'Port Gazette', '--corpus', corpus]);
		expect(out).toMatch(/-> harbour\/port-gazette\.md/);
		expect(out).toMatch(/-> harbour\/port-gazette-2\.md/);
		expect(loadStory(corpus, 'harbour').articles.map((a) => a.article?.meta.outlet)).toEqual(['Port Gazette', 'Port Gazette']);
	});

	it('draws a progress bar on an interactive terminal for many files, and plain lines otherwise', async () => {
		const files = Array.from({ length: 6 }, (_, i) => input(`many-${i}.txt`));
		const tty = await run(['import', ...files, '--story', 'many', '--create', '--corpus', corpus], true);
		expect(tty.code).toBe(0);
		expect(tty.err).toMatch(/\r\x1b\[K\[-{24}\] 0\/6 /);
		expect(tty.err).toMatch(/\r\x1b\[K\[#{24}\] 6\/6\n/);
		expect(tty.out.trim().split('\n')).toHaveLength(6);
		expect(tty.out).not.toMatch(/\r/);
		const plain = await run(['import', ...files, '--story', 'many-2', '--create', '--corpus', corpus], false);
		expect(plain.err).not.toMatch(/\r/);
		expect(plain.out.trim().split('\n')).toHaveLength(6);
	});

	it.each([
		[['import', 'x.txt'], /--story NAME/],
		[['import', '--story', 'harbour'], /at least one file/],
		[['import', 'x.txt', '--story', '../etc'], /--story "\.\.\/etc": the story name may use only/],
		[['import', 'x.txt', '--story', 'new'], /used by the app/],
		[['import', 'x.txt', '--story', 'absent'], /there is no story "absent" .*add --create/],
		[['import', 'x.txt', '--story', 'a', '--bogus'], /Unknown option '--bogus'/]
	])('exits 2 on bad usage: %j', async (argv, message) => {
		const { code, err } = await run([...argv, '--corpus', corpus]);
		expect(code).toBe(2);
		expect(err).toMatch(message);
		expect(readdirSync(corpus)).toEqual([]);
	});

	it('imports into an existing story folder that has articles but no story file', async () => {
		mkdirSync(join(corpus, 'bare'));
		writeFileSync(join(corpus, 'bare', 'old.md'), '---\noutlet: Old\n---\n\nAn old article text about nothing in particular at all.\n');
		const { code, out } = await run(['import', input('talks.md'), '--story', 'bare', '--corpus', corpus]);
		expect(code).toBe(0);
		expect(out).toMatch(/-> bare\/wire\.md/);
	});
});
