import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadStory } from '../../src/lib/server/corpus-store';
import { baseURL, launchBrowser, type Browser, type Page } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const HOSTILE = readFileSync(join(ROOT, 'src/lib/server/import/fixtures/hostile-page.html'));

let browser: Browser;
let fixtures: Server;
let fixtureBase: string;
beforeAll(async () => {
	browser = await launchBrowser();
	fixtures = createHttpServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(HOSTILE);
	});
	await new Promise<void>((ok) => fixtures.listen(0, '127.0.0.1', ok));
	fixtureBase = `http://127.0.0.1:${(fixtures.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	fixtures?.close();
});

/**
 * A page whose every script, handler and javascript: address would write to `window.__ran`: the
 * trap records each write, and alert/confirm/prompt would show up as dialogs.
 */
async function trappedPage() {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: baseURL() });
	await context.addInitScript(() => {
		const w = window as unknown as { __hits: string[] };
		w.__hits = [];
		Object.defineProperty(window, '__ran', { configurable: false, get: () => undefined, set: (v) => void w.__hits.push(String(v)) });
	});
	const page = await context.newPage();
	const dialogs: string[] = [];
	const errors: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	return { context, page, dialogs, errors };
}

/** Nothing ran, and nothing that could run later is in the page: no handlers, no javascript: links, no content scripts or frames. */
async function assertInert(page: Page, dialogs: string[], where: string) {
	// give anything asynchronous (onerror of a broken image, onload) its chance
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => (window as unknown as { __hits: string[] }).__hits), where).toEqual([]);
	expect(dialogs, where).toEqual([]);
	const found = await page.evaluate(() => {
		const main = document.querySelector('main')!;
		const handlers = [...main.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
		const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*javascript:/i.test(h));
		const embedded = [...main.querySelectorAll('script, iframe, object, embed, svg[onload], img[src="x"]')].map((el) => el.outerHTML.slice(0, 80));
		// the app's own data script carries article text as strings; markup in it must stay escaped (\u003C), never raw
		const scripts = [...document.querySelectorAll('script')].filter((s) => /<(?:script|img|svg|iframe|a\s)/i.test(s.textContent ?? '')).length;
		return { handlers, links, embedded, scripts };
	});
	expect(found, where).toEqual({ handlers: [], links: [], embedded: [], scripts: 0 });
}

describe('imported HTML never executes', () => {
	it('pages with <script>, event handlers and javascript: links are previewed, saved and viewed as plain text', async () => {
		const slug = `e2e-hostile-${process.pid}`;
		mkdirSync(join(inject('corpusDir'), slug));
		writeFileSync(join(inject('corpusDir'), slug, 'story.yaml'), 'title: Hostile pages\n');
		const { context, page, dialogs, errors } = await trappedPage();

		// 1. from an address
		await page.goto(`/stories/${slug}/import`);
		await page.fill('#url-input', `${fixtureBase}/trap`);
		await page.click('button:has-text("Fetch and preview")');
		await page.waitForSelector('#preview-title');
		await assertInert(page, dialogs, 'preview of the fetched page');
		const body = await page.locator('.body').innerText();
		expect(body).toContain("mentions <script>window.__ran='escaped'</script> and <img src=x onerror=window.__ran=404> as plain words");
		expect(body).not.toMatch(/head script|inline script|'svg'|'iframe'/);
		expect(await page.locator('article.item h3').innerText()).toContain(`Officials warn of sabotage <img src=x onerror="window.__ran='og'">`);
		expect(await page.inputValue('#outlet-0')).toBe("Trap News <svg onload=window.__ran='site'>");
		expect(await page.inputValue('#url-0')).toBe(`${fixtureBase}/trap`);
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		await assertInert(page, dialogs, 'saved list');

		// 2. the same page uploaded as a file, and 3. its source pasted, plus markup typed as plain text
		await page.goto(`/stories/${slug}/import`);
		await page.setInputFiles('#upload-files', [{ name: 'trap.html', mimeType: 'text/html', buffer: HOSTILE }]);
		await page.click('button:has-text("Preview files")');
		await page.waitForSelector('#preview-title');
		await assertInert(page, dialogs, 'preview of the uploaded page');
		await page.check('input[name="save.0"]');
		await page.fill('#name-0', 'uploaded-trap');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');

		await page.goto(`/stories/${slug}/import`);
		await page.fill('#paste-text', `<script>window.__ran='pasted headline'</script>\n\nThe minister said <img src=x onerror="window.__ran='pasted img'"> was nothing, and <a href="javascript:window.__ran='pasted link'">this</a> neither.`);
		await page.click('button:has-text("Preview pasted text")');
		await page.waitForSelector('#preview-title');
		await assertInert(page, dialogs, 'preview of pasted markup');
		expect(await page.locator('article.item h3').innerText()).toContain("<script>window.__ran='pasted headline'</script>");
		await page.fill('#name-0', 'pasted-trap');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');

		// the saved files and every page that shows them
		const files = readdirSync(join(inject('corpusDir'), slug)).filter((f) => f.endsWith('.md')).sort();
		expect(files).toEqual(['pasted-trap.md', 'trap-news-svg-onload-window-ran-site.md', 'uploaded-trap.md']);
		for (const file of files) {
			const id = file.replace(/\.md$/, '');
			await page.goto(`/stories/${slug}/articles/${id}`);
			await page.waitForSelector('.article-text');
			await page.locator('.article-text').click({ position: { x: 5, y: 5 } });
			await assertInert(page, dialogs, `article page ${id}`);
		}
		await page.goto(`/stories/${slug}/articles/pasted-trap`);
		expect(await page.locator('main').innerText()).toContain('The minister said <img src=x onerror="window.__ran=\'pasted img\'"> was nothing');
		await page.goto(`/stories/${slug}`);
		await page.waitForSelector('li.card');
		await assertInert(page, dialogs, 'dashboard');
		expect(errors).toEqual([]);
		await context.close();
	});
});

// ---------------------------------------------------------------- crash safety

async function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createNetServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
		});
	});
}

async function startServer(corpusDir: string): Promise<{ server: ChildProcess; base: string }> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['build/index.js'], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, FRAMING_CORPUS_DIR: corpusDir, BODY_SIZE_LIMIT: '64M' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (const until = Date.now() + 30_000; Date.now() < until; ) {
		if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
		const ok = await fetch(`${base}/stories`).then((r) => r.ok, () => false);
		if (ok) return { server, base };
		await new Promise((r) => setTimeout(r, 150));
	}
	server.kill('SIGKILL');
	throw new Error('the server did not start');
}

/** Distinct, plausible article bodies (no two share 5-word runs), about `size` characters each. */
function reports(count: number, size: number): { name: string; headline: string; body: string }[] {
	let seed = 12345;
	const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
	const words = 'alliance minister officials ships cable harbour sabotage navy coast guard talks border drones patrol report week month said warned added noted agreed denied claimed response pressure'.split(' ');
	return Array.from({ length: count }, (_, i) => {
		const paragraphs: string[] = [];
		let length = 0;
		while (length < size) {
			const sentence = Array.from({ length: 14 }, () => words[next() % words.length]).join(' ');
			const paragraph = `${sentence[0].toUpperCase()}${sentence.slice(1)} on day ${next() % 1000} of report ${i}. ` + Array.from({ length: 6 }, () => `The ${words[next() % words.length]} ${words[next() % words.length]} said ${next() % 100000} ${words[next() % words.length]}.`).join(' ');
			paragraphs.push(paragraph);
			length += paragraph.length + 2;
		}
		return { name: `report-${String(i).padStart(2, '0')}.txt`, headline: `Crash test report ${i}`, body: paragraphs.join('\n\n') };
	});
}

describe('an interrupted import', () => {
	// kill the moment the save first touches the folder (a temp file being written), and once three articles are whole
	const scenarios = [
		{ name: 'at the first temp file', killWhen: (added: string[]) => added.length > 0 },
		{ name: 'after three whole articles', killWhen: (added: string[]) => added.filter((f) => !f.startsWith('.')).length >= 3 }
	];

	it.each(scenarios)('killing the server $name leaves only complete, parseable articles', { timeout: 240_000 }, async ({ killWhen }) => {
		const files = reports(20, 150_000);
		let interrupted = false;
		for (let attempt = 1; attempt <= 3 && !interrupted; attempt++) {
			const corpus = mkdtempSync(join(tmpdir(), 'framing-crash-corpus-'));
			cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
			const story = join(corpus, 'nato-proactive-2025');
			const before = new Map(readdirSync(story).map((f) => [f, readFileSync(join(story, f))]));
			let { server, base } = await startServer(corpus);
			try {
				const upload = new FormData();
				for (const f of files) upload.append('files', new Blob([`${f.headline}\n\n${f.body}\n`], { type: 'text/plain' }), f.name);
				const previewed = await fetch(`${base}/stories/nato-proactive-2025/import?/upload`, { method: 'POST', body: upload, headers: { origin: base, accept: 'text/html' } });
				const html = await previewed.text();
				const token = /name="token" value="([0-9a-f]{32})"/.exec(html)?.[1];
				expect(token, html.slice(0, 400)).toBeTruthy();
				expect(html.match(/<article class="item/g)?.length).toBe(20);

				const save = new URLSearchParams({ token: token! });
				files.forEach((f, i) => {
					save.set(`save.${i}`, 'on');
					save.set(`dup.${i}`, '');
					save.set(`headline.${i}`, f.headline);
				});
				const saving = fetch(`${base}/stories/nato-proactive-2025/import?/save`, { method: 'POST', body: save, headers: { origin: base, accept: 'text/html' } }).then(
					(r) => r.status,
					() => 'connection lost'
				);
				for (const until = Date.now() + 60_000; Date.now() < until; ) {
					if (killWhen(readdirSync(story).filter((f) => !before.has(f)))) break;
					await new Promise((r) => setImmediate(r));
				}
				server.kill('SIGKILL');
				await new Promise((r) => server.once('exit', r));
				expect(await saving).toBe('connection lost');

				// what is on disk now: the old files byte for byte, and only whole new articles
				const after = readdirSync(story);
				for (const [name, bytes] of before) expect(readFileSync(join(story, name)).equals(bytes), name).toBe(true);
				const added = after.filter((f) => !before.has(f) && !f.startsWith('.')).sort();
				const leftovers = after.filter((f) => f.startsWith('.'));
				for (const name of leftovers) expect(name).toMatch(/^\..+\.md\.\d+\.[0-9a-f]{8}\.tmp$/);
				const loaded = loadStory(corpus, 'nato-proactive-2025');
				expect(loaded.problems).toEqual([]);
				expect(loaded.articles.map((a) => a.file).sort()).toEqual([...before.keys(), ...added].filter((f) => f.endsWith('.md')).sort());
				for (const file of added) {
					const entry = loaded.articles.find((a) => a.file === file)!;
					expect(entry.problems, file).toEqual([]);
					const source = files.find((f) => f.headline === entry.article!.meta.headline)!;
					expect(source, file).toBeDefined();
					expect(entry.article!.text.slice(entry.article!.body.start, entry.article!.body.end), file).toBe(source.body);
				}
				interrupted = added.length < files.length && killWhen([...added, ...leftovers]);
				console.log(`attempt ${attempt}: killed with ${added.length} of ${files.length} articles written, ${leftovers.length} temp file(s) left`);

				// a restarted server reads the story as it is: the originals plus the whole articles
				({ server, base } = await startServer(corpus));
				const dashboard = await fetch(`${base}/stories/nato-proactive-2025`);
				expect(dashboard.status).toBe(200);
				expect(await dashboard.text()).toContain(`${5 + added.length} articles`);
			} finally {
				server.kill('SIGKILL');
				rmSync(corpus, { recursive: true, force: true });
			}
		}
		expect(interrupted).toBe(true);
	});
});
