import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadStory } from '../../src/lib/server/corpus-store';
import { seriousViolations } from './axe';
import { baseURL, launchBrowser, openPage, type Browser, type Page } from './browser';

const FIXTURES = resolve(import.meta.dirname, '../../src/lib/server/import/fixtures');
const corpusDir = () => inject('corpusDir');

let browser: Browser;
let fixtures: Server;
let fixtureBase: string;

/** A page server on the loopback address: the app reaches it only because the e2e server runs with FRAMING_ALLOW_PRIVATE_FETCH=1. */
beforeAll(async () => {
	browser = await launchBrowser();
	fixtures = createServer((req, res) => {
		if (req.url === '/harbour') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			return res.end(readFileSync(join(FIXTURES, 'furniture-page.html')));
		}
		if (req.url === '/moved') {
			res.writeHead(301, { location: '/harbour' });
			return res.end();
		}
		if (req.url === '/report.pdf') {
			res.writeHead(200, { 'content-type': 'application/pdf' });
			return res.end('%PDF-1.4');
		}
		res.writeHead(404, { 'content-type': 'text/html' });
		res.end('not here');
	});
	await new Promise<void>((ok) => fixtures.listen(0, '127.0.0.1', ok));
	fixtureBase = `http://127.0.0.1:${(fixtures.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	fixtures?.close();
});

/** A fresh story folder per test, so the bundled story the other suites check stays as it is. */
let n = 0;
function newStory(): string {
	const slug = `e2e-import-${process.pid}-${++n}`;
	mkdirSync(join(corpusDir(), slug));
	writeFileSync(join(corpusDir(), slug, 'story.yaml'), `title: Import test ${n}\n`);
	return slug;
}
const articleFiles = (slug: string) => readdirSync(join(corpusDir(), slug)).filter((f) => f.endsWith('.md')).sort();

const PASTED = [
	'Alliance weighs tougher line',
	'',
	'Share on Facebook | Email',
	'',
	'The alliance is weighing a tougher response to sabotage, its top military officer said on Tuesday, though diplomats cautioned that restraint remained likely.',
	'',
	'The Kremlin said the remarks were irresponsible and dangerous.',
	'',
	'READ MORE: Cable cut blamed on anchor'
].join('\n');

async function previewPaste(page: Page, text: string) {
	await page.fill('#paste-text', text);
	await page.click('button:has-text("Preview pasted text")');
	await page.waitForSelector('#preview-title');
}

describe('importing articles', () => {
	it('creates a story from the form, writing story.yaml, and lands on its import page', async () => {
		const { page, errors, context } = await openPage(browser, '/stories');
		await page.click('a:has-text("New story")');
		await page.waitForURL('**/stories/new');
		const title = `Harbour sabotage ${process.pid}`;
		await page.fill('#title', title);
		await page.fill('#description', 'Outlets on the cable sabotage.');
		await page.check('input[name="actors"][value="empty"]');
		await page.click('button:has-text("Create story")');
		await page.waitForURL(`**/stories/harbour-sabotage-${process.pid}/import`);
		expect(await page.locator('h1').innerText()).toContain(title);
		const yaml = readFileSync(join(corpusDir(), `harbour-sabotage-${process.pid}`, 'story.yaml'), 'utf8');
		expect(yaml).toContain(`title: ${title}`);
		expect(loadStory(corpusDir(), `harbour-sabotage-${process.pid}`).story?.actors.sides.map((s) => s.id)).toEqual(['other']);
		// the same title again is refused with a message on the field
		await page.goto('/stories/new');
		await page.fill('#title', title);
		await page.click('button:has-text("Create story")');
		await page.waitForSelector('#slug-error');
		expect(await page.locator('#slug-error').innerText()).toMatch(/already exists/);
		expect(await page.locator('#slug').getAttribute('aria-invalid')).toBe('true');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('pastes text: preview shows body, removed lines and figures; corrections are saved', async () => {
		const slug = newStory();
		const { page, errors, context } = await openPage(browser, `/stories/${slug}/import`);
		await previewPaste(page, PASTED);
		// the keyboard focus moved to the preview
		await page.waitForFunction(() => document.activeElement?.querySelector('#preview-title') !== null, null, { timeout: 5000 });
		const item = page.locator('article.item').first();
		expect(await item.locator('h3').innerText()).toMatch(/Alliance weighs tougher line/);
		expect(await item.locator('.body').innerText()).toMatch(/^The alliance is weighing/);
		expect(await item.locator('.body').innerText()).not.toMatch(/Share on Facebook|READ MORE/);
		await item.locator('.removed summary').click();
		expect(await item.locator('.removed li').allInnerTexts()).toEqual(['share buttons Share on Facebook | Email', 'read-more teaser READ MORE: Cable cut blamed on anchor']);
		expect(await item.locator('.figs dd').first().innerText()).toMatch(/^\d+$/);
		expect(await item.locator('.voices').innerText()).toMatch(/Russia 1/);

		await page.fill('#outlet-0', 'Harbour Post');
		await page.fill('#published-0', '2025-12-03');
		await page.fill('#url-0', 'https://harbour.example/a');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		expect(await page.locator('#done-title').innerText()).toBe('Saved 1 article');
		expect(articleFiles(slug)).toEqual(['harbour-post.md']);
		const saved = loadStory(corpusDir(), slug).articles[0].article!;
		expect(saved.meta).toMatchObject({ outlet: 'Harbour Post', published: '2025-12-03', url: 'https://harbour.example/a', headline: 'Alliance weighs tougher line' });
		await page.click('a:has-text("harbour-post.md")');
		await page.waitForURL(`**/stories/${slug}/articles/harbour-post`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('uploads several files at once; a bad one is reported by name while the others are previewed', async () => {
		const slug = newStory();
		const { page, errors, context } = await openPage(browser, `/stories/${slug}/import`);
		await page.setInputFiles('#upload-files', [
			{ name: 'grain.txt', mimeType: 'text/plain', buffer: Buffer.from('Grain exports rise\n\nGrain exports through the Black Sea rose for a third month, port officials said on Friday.\n') },
			{ name: 'talks.md', mimeType: 'text/markdown', buffer: Buffer.from('---\noutlet: Wire\nheadline: Talks to resume\n---\n\nThe minister said the talks would resume next week.\n') },
			{ name: 'harbour.html', mimeType: 'text/html', buffer: readFileSync(join(FIXTURES, 'furniture-page.html')) },
			{ name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from('Headline\nCaf\xe9 society', 'latin1') },
			{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }
		]);
		await page.click('button:has-text("Preview files")');
		await page.waitForSelector('#preview-title');
		expect(await page.locator('article.item h3').allInnerTexts()).toEqual([
			expect.stringMatching(/^1\. Grain exports rise\s+from the file grain\.txt/),
			expect.stringMatching(/^2\. Talks to resume\s+from the file talks\.md/),
			expect.stringMatching(/^3\. Alliance weighs tougher line on sabotage\s+from the file harbour\.html/)
		]);
		const refused = await page.locator('.error-box li').allInnerTexts();
		expect(refused).toEqual([
			expect.stringMatching(/^old\.txt: the file is not valid UTF-8 .*Fix: save the file again as UTF-8/),
			expect.stringMatching(/^scan\.pdf: the file is not a \.txt, \.md or \.html file\. Fix: /)
		]);
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		expect(articleFiles(slug)).toEqual(['grain-exports-rise.md', 'the-harbour-post.md', 'wire.md']);
		expect(loadStory(corpusDir(), slug).articles.every((a) => a.article && a.problems.length === 0)).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('fetches an address (following a redirect) and previews the cleaned article with its metadata', async () => {
		const slug = newStory();
		const { page, errors, context } = await openPage(browser, `/stories/${slug}/import`);
		await page.fill('#url-input', `${fixtureBase}/moved`);
		await page.click('button:has-text("Fetch and preview")');
		await page.waitForSelector('#preview-title');
		expect(await page.inputValue('#outlet-0')).toBe('The Harbour Post');
		expect(await page.inputValue('#published-0')).toBe('2025-12-03');
		expect(await page.inputValue('#url-0')).toBe('https://harbourpost.example/world/alliance-tougher-line');
		expect(await page.inputValue('#author-0')).toBe('Mara Lind');
		const body = await page.locator('.body').innerText();
		expect(body).toMatch(/^The alliance is weighing a tougher response/);
		expect(body).not.toMatch(/cookies|Share on|READ MORE|ad blocker|Related articles|Home »|EN \| DE/);
		const reasons = await page.locator('.removed .reason').allTextContents();
		for (const reason of ['cookie notice', 'language switcher', 'breadcrumb', 'share buttons', 'read-more teaser', 'ad-blocker notice', 'related-articles heading', 'related-article list'])
			expect(reasons).toContain(reason);
		await page.fill('#url-0', `${fixtureBase}/harbour`);
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		expect(loadStory(corpusDir(), slug).articles[0].article?.meta.url).toBe(`${fixtureBase}/harbour`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('warns about a duplicate with a link to the existing article, and adds it only when asked', async () => {
		const slug = newStory();
		const { page, context } = await openPage(browser, `/stories/${slug}/import`);
		await previewPaste(page, PASTED);
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		await page.click('a:has-text("Add more articles")');
		await page.waitForSelector('#paste-text');
		await previewPaste(page, PASTED.replace('Alliance weighs tougher line', 'Alliance weighs a tougher line'));
		const warning = page.locator('.duplicate');
		expect(await warning.innerText()).toMatch(/Possible duplicate\. This article has the same text as Alliance weighs tougher line \(alliance-weighs-tougher-line\.md, 100% of the wording shared\)/);
		expect(await warning.locator('a').getAttribute('href')).toBe(`/stories/${slug}/articles/alliance-weighs-tougher-line`);
		expect(await page.isChecked('input[name="save.0"]')).toBe(false);
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('.error-box[role="alert"]');
		expect(await page.locator('.error-box[role="alert"]').innerText()).toMatch(/No article is ticked/);
		expect(articleFiles(slug)).toEqual(['alliance-weighs-tougher-line.md']);
		await page.check('input[name="save.0"]');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		expect(articleFiles(slug)).toEqual(['alliance-weighs-a-tougher-line.md', 'alliance-weighs-tougher-line.md']);
		await context.close();
	});

	it('refuses to overwrite an existing article until the replacement is confirmed', async () => {
		const slug = newStory();
		writeFileSync(join(corpusDir(), slug, 'mine.md'), '---\noutlet: Mine\n---\n\nSomething else entirely, about the weather in spring.\n');
		const { page, context } = await openPage(browser, `/stories/${slug}/import`);
		await previewPaste(page, PASTED);
		await page.fill('#name-0', 'mine');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('.item .error');
		expect(await page.locator('.item .error').innerText()).toMatch(/Not saved: the story already has an article mine\.md/);
		expect(readFileSync(join(corpusDir(), slug, 'mine.md'), 'utf8')).toMatch(/outlet: Mine/);
		await page.check('input[name="replace.0"]');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		expect(await page.locator('.done').innerText()).toMatch(/mine\.md\s+from pasted text \(replaced the earlier file\)/);
		expect(readFileSync(join(corpusDir(), slug, 'mine.md'), 'utf8')).toMatch(/Alliance weighs tougher line/);
		await context.close();
	});

	it('states clear errors: a field that is wrong, an address that is not a web page or not http(s), too many files', async () => {
		const slug = newStory();
		const { page, context } = await openPage(browser, `/stories/${slug}/import`);
		await previewPaste(page, PASTED);
		await page.fill('#published-0', '3 Dec 2025');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#published-0-error');
		expect(await page.locator('#published-0-error').innerText()).toMatch(/^Date "3 Dec 2025" is not a date: write it as YYYY-MM-DD/);
		expect(await page.getAttribute('#published-0', 'aria-invalid')).toBe('true');
		expect(await page.inputValue('#published-0')).toBe('3 Dec 2025');
		expect(articleFiles(slug)).toEqual([]);

		for (const [url, message] of [
			[`${fixtureBase}/report.pdf`, /answered with application\/pdf, not a web page/],
			[`${fixtureBase}/missing`, /answered HTTP 404/],
			['javascript:alert(1)', /only http:\/\/ and https:\/\/ addresses are fetched, not javascript:/],
			['ftp://example.com/a', /not ftp:/]
		] as const) {
			await page.goto(`/stories/${slug}/import`);
			await page.fill('#url-input', url);
			await page.click('button:has-text("Fetch and preview")');
			await page.waitForSelector('#import-errors');
			expect(await page.locator('#import-errors').innerText()).toMatch(message);
		}

		await page.goto(`/stories/${slug}/import`);
		const many = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`H${i}\n\nBody ${i}.`) }));
		await page.setInputFiles('#upload-files', many);
		await page.click('button:has-text("Preview files")');
		await page.waitForSelector('#client-error');
		expect(await page.locator('#client-error').innerText()).toBe('You chose 21 files; upload at most 20 at a time.');
		await context.close();
	});

	it('works without JavaScript: paste, upload limit message, preview and save', async () => {
		const slug = newStory();
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto(`/stories/${slug}/import`);
		await page.fill('#paste-text', PASTED);
		await page.click('button:has-text("Preview pasted text")');
		await page.waitForSelector('#preview-title');
		await page.fill('#outlet-0', 'No Script Times');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		expect(articleFiles(slug)).toEqual(['no-script-times.md']);

		await page.goto(`/stories/${slug}/import`);
		await page.setInputFiles('#upload-files', Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`H${i}\n\nBody ${i}.`) })));
		await page.click('button:has-text("Preview files")');
		await page.waitForSelector('#import-errors');
		expect(await page.locator('#import-errors').innerText()).toMatch(/files: 21 files were chosen, more than 20 at a time\. Fix: upload at most 20 files/);
		await context.close();
	});

	it('links to the import page from the dashboard and has no serious accessibility violations', async () => {
		const slug = newStory();
		const { page, context } = await openPage(browser, '/stories/nato-proactive-2025');
		await page.click('a:has-text("Add articles")');
		await page.waitForURL('**/stories/nato-proactive-2025/import');
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto(`/stories/${slug}/import`);
		await page.setInputFiles('#upload-files', [{ name: 'harbour.html', mimeType: 'text/html', buffer: readFileSync(join(FIXTURES, 'furniture-page.html')) }]);
		await page.click('button:has-text("Preview files")');
		await page.waitForSelector('#preview-title');
		expect(await seriousViolations(page)).toEqual([]);
		await page.fill('#published-0', 'soon');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#published-0-error');
		expect(await seriousViolations(page)).toEqual([]);
		await page.fill('#published-0', '');
		await page.click('button:has-text("Save ticked articles")');
		await page.waitForSelector('#done-title');
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto(`/stories/${slug}/import`);
		await page.fill('#url-input', 'ftp://example.com/');
		await page.click('button:has-text("Fetch and preview")');
		await page.waitForSelector('#import-errors');
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto('/stories/new');
		expect(await seriousViolations(page)).toEqual([]);
		await context.close();
	});

	it('fits a phone screen: no sideways scrolling, no serious accessibility violations', async () => {
		const slug = newStory();
		const { page, context } = await openPage(browser, `/stories/${slug}/import`, { width: 390, height: 844 });
		const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
		expect(await fits()).toBe(true);
		await page.setInputFiles('#upload-files', [{ name: 'harbour.html', mimeType: 'text/html', buffer: readFileSync(join(FIXTURES, 'furniture-page.html')) }]);
		await page.click('button:has-text("Preview files")');
		await page.waitForSelector('#preview-title');
		expect(await fits()).toBe(true);
		expect(await seriousViolations(page)).toEqual([]);
		await context.close();
	});

	it('can be used with the keyboard alone', async () => {
		const slug = newStory();
		const { page, context } = await openPage(browser, `/stories/${slug}/import`);
		await page.focus('#paste-text');
		await page.keyboard.insertText(PASTED);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Preview pasted text');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#preview-title');
		// Tab from the focused preview reaches the first control of the first article
		await page.waitForFunction(() => document.activeElement?.querySelector('#preview-title') !== null, null, { timeout: 5000 });
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('save.0');
		await page.focus('button:has-text("Save ticked articles")');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#done-title');
		expect(existsSync(join(corpusDir(), slug, 'alliance-weighs-tougher-line.md'))).toBe(true);
		await context.close();
	});
});
