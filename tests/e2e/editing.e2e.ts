import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import defaultActors from '../../src/lib/analysis/data/actors.default.json';
import { seriousViolations } from './axe';
import { baseURL, launchBrowser, openPage, type Browser, type Page } from './browser';

const STORY = 'nato-proactive-2025';
const LEXICON = `/stories/${STORY}/lexicon`;
const ACTORS = `/stories/${STORY}/actors`;
const ARTICLE = `/stories/${STORY}/articles/archyde`;
const SHOTS = process.env.EDITING_SHOTS;
const root = resolve(import.meta.dirname, '../..');

let browser: Browser;
let storyFile: string;
let original: string;
beforeAll(async () => {
	browser = await launchBrowser();
	storyFile = join(inject('corpusDir'), STORY, 'story.yaml');
	original = readFileSync(storyFile, 'utf8');
});
// the other end-to-end files read this story too: every test leaves its file as it found it
afterEach(() => {
	writeFileSync(storyFile, original);
});
afterAll(async () => {
	await browser?.close();
});

const storyYaml = () => parseYaml(readFileSync(storyFile, 'utf8')) as Record<string, unknown>;

/** The page's scripts have run: a click on a highlight before that does nothing. */
async function hydrated(page: Page) {
	await page.waitForLoadState('networkidle');
}

/** The live preview is ready and has analysed the lists shown. */
async function liveReady(page: Page) {
	await page.waitForSelector('.live-status[data-status="ready"]', { timeout: 60_000 });
	await page.waitForFunction(() => /last re-analysis/.test(document.querySelector('.live-status')?.textContent ?? ''), null, { timeout: 60_000 });
}

/** Waits until the live status says a newer analysis than `before` finished. */
async function nextAnalysis(page: Page, before: string | null) {
	await page.waitForFunction(
		(prev) => {
			const el = document.querySelector('.live-status');
			return el?.getAttribute('data-status') === 'ready' && el.textContent !== prev;
		},
		before,
		{ timeout: 60_000 }
	);
}

/** Cell texts of a dashboard figure's numbers table, by outlet. */
async function numbers(page: Page, figure: string): Promise<Map<string, string[]>> {
	const rows = await page.locator(`#${figure}-numbers tbody tr`).evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()))
	);
	return new Map(rows.map(([outlet, ...cells]) => [outlet, cells]));
}

/** The tidy CSV export as rows. */
async function reportCsv(): Promise<Record<string, string>[]> {
	const res = await fetch(`${baseURL()}/stories/${STORY}/report.csv`);
	expect(res.status).toBe(200);
	return Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true }).data;
}
const csvCount = (rows: Record<string, string>[], article: string, measure: string, subset: string) =>
	Number(rows.find((r) => r.article.endsWith(article) && r.measure === measure && r.subset === subset)?.count);

describe('lexicon editor', () => {
	it('previews an added term live, saves it, and the dashboard counts it; restoring the defaults undoes it', async () => {
		const { page, errors, context } = await openPage(browser, LEXICON);
		await liveReady(page);
		const pooled = page.locator('.live-rates tr.pooled td[data-measure="assertive"]');
		const saved = Number((await pooled.textContent())!.trim());
		// with no edit the browser engine gives the server's figures: no arrow anywhere
		expect(await page.locator('.live-rates .changed').count()).toBe(0);

		const before = await page.locator('.live-status').textContent();
		await page.locator('[data-category="assertive:force"] textarea').fill('cyber');
		await page.locator('[data-category="assertive:force"] button', { hasText: 'Add to' }).click();
		await nextAnalysis(page, before);
		const live = Number((await pooled.locator('.now').textContent())!.trim());
		expect(live).toBeGreaterThan(saved);
		const cyber = page.locator('.hits[data-term="cyber"]');
		expect(await cyber.getAttribute('data-saved')).toBe('0');
		expect(Number(await cyber.getAttribute('data-live'))).toBeGreaterThan(0);
		if (SHOTS) await page.screenshot({ path: join(SHOTS, 'lexicon-live-1366.png') });

		const dashboardBefore = await numbers(await openDashboard(), 'lexicon');
		await page.getByRole('button', { name: 'Save word lists' }).click();
		await page.waitForSelector('.done', { timeout: 30_000 });
		expect(storyYaml().lexicon).toEqual({ assertive: { force: { add: ['cyber'] } } });
		expect(await page.locator('.state').innerText()).toMatch(/changes the default lists .*1 entry added/);

		const dashboard = await openDashboard();
		const after = await numbers(dashboard, 'lexicon');
		// the assertive "all" count (4th cell) grows for at least one outlet, never shrinks
		const allOf = (m: Map<string, string[]>, outlet: string) => Number(m.get(outlet)![3]);
		const grown = [...after.keys()].filter((o) => allOf(after, o) > allOf(dashboardBefore, o));
		expect(grown.length).toBeGreaterThan(0);
		for (const o of after.keys()) expect(allOf(after, o)).toBeGreaterThanOrEqual(allOf(dashboardBefore, o));
		expect(await dashboard.locator('.facts').innerText()).toMatch(/story edits/);

		await page.reload();
		await page.getByRole('button', { name: 'Restore the default word lists' }).click();
		await page.waitForSelector('.done', { timeout: 30_000 });
		expect(storyYaml()).not.toHaveProperty('lexicon');
		expect(storyYaml().actors).toEqual(parseYaml(original).actors);
		const restored = await numbers(await openDashboard(), 'lexicon');
		expect(restored).toEqual(dashboardBefore);
		expect(errors).toEqual([]);
		await context.close();

		async function openDashboard() {
			const d = await context.newPage();
			await d.goto(`/stories/${STORY}`);
			return d;
		}
	});

	it('refuses an entry the matcher cannot read, and says why', async () => {
		const { page, context } = await openPage(browser, LEXICON);
		await liveReady(page);
		await page.locator('[data-category="cautious:hedges"] textarea').fill('may [month]');
		await page.getByRole('button', { name: 'Save word lists' }).click();
		await page.waitForSelector('.problem[role="alert"]');
		expect(await page.locator('.problem[role="alert"]').innerText()).toMatch(/unknown sense \[month\]/);
		expect(readFileSync(storyFile, 'utf8')).toBe(original);
		await context.close();
	});

	it('saves without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto(LEXICON);
		await page.locator('[data-category="cautious:hedges"] input[value="may [modal]"]').uncheck();
		await page.locator('[data-category="assertive:urgency"] textarea').fill('with all haste, at full speed');
		await page.getByRole('button', { name: 'Save word lists' }).click();
		await page.waitForSelector('.done');
		expect(storyYaml().lexicon).toEqual({
			assertive: { urgency: { add: ['with all haste', 'at full speed'] } },
			cautious: { hedges: { remove: ['may [modal]'] } }
		});
		// the page shows the saved lists: the removed entry unticked, the added ones ticked
		expect(await page.locator('[data-category="cautious:hedges"] input[value="may [modal]"]').isChecked()).toBe(false);
		expect(await page.locator('[data-category="assertive:urgency"] input[value="at full speed"]').isChecked()).toBe(true);
		await context.close();
	});

	it('is keyboard-usable and has no serious accessibility violations, at desktop and phone sizes', async () => {
		for (const viewport of [
			{ width: 1366, height: 768 },
			{ width: 390, height: 844 }
		]) {
			const { page, context } = await openPage(browser, LEXICON, viewport);
			await liveReady(page);
			expect(await seriousViolations(page)).toEqual([]);
			const box = page.locator('[data-category="assertive:force"] textarea');
			await box.focus();
			await page.keyboard.type('forcefully threatening');
			const before = await page.locator('.live-status').textContent();
			await page.keyboard.press('Enter');
			await nextAnalysis(page, before);
			expect(await page.locator('[data-category="assertive:force"] input[value="forcefully threatening"]').isChecked()).toBe(true);
			// Tab reaches the entry's checkbox and Space unticks it
			await page.locator('[data-category="assertive:force"] input[value="forcefully threatening"]').focus();
			await page.keyboard.press('Space');
			expect(await page.locator('[data-category="assertive:force"] input[value="forcefully threatening"]').isChecked()).toBe(false);
			if (SHOTS) await page.screenshot({ path: join(SHOTS, `lexicon-${viewport.width}.png`) });
			await context.close();
		}
	});
});

describe('marking a hit as wrong', () => {
	it('leaves the hit out of the article, the dashboard and report.csv, and undo counts it again', async () => {
		const csvBefore = await reportCsv();
		const { page, errors, context } = await openPage(browser, ARTICLE);
		await hydrated(page);
		const legendCount = () => page.locator('.legend button[data-key="cautious"] .count').textContent().then(Number);
		const cautious = await legendCount();
		const target = page.locator('.mark.hit.cautious').first();
		const word = (await target.textContent())!;
		await target.click();
		await page.locator('.mark-wrong input[name="note"]').fill('a headline verb, not a hedge');
		await page.getByRole('button', { name: /This is not a cautious term here — mark as wrong/ }).click();
		await page.waitForSelector('.mark.ignored');
		expect(await legendCount()).toBe(cautious - 1);
		expect(await page.locator('.mark.ignored').textContent()).toBe(word);
		expect(await page.locator('.explain').innerText()).toMatch(/marked wrong by a user, not counted[\s\S]*a headline verb, not a hedge/);
		if (SHOTS) await page.screenshot({ path: join(SHOTS, 'marked-wrong-1366.png') });

		const marks = storyYaml().ignoredHits as { article: string; text: string; note: string }[];
		expect(marks).toEqual([expect.objectContaining({ article: 'archyde.md', text: word, note: 'a headline verb, not a hedge' })]);

		const csvAfter = await reportCsv();
		expect(csvCount(csvAfter, 'archyde.md', 'cautious', 'all')).toBe(csvCount(csvBefore, 'archyde.md', 'cautious', 'all') - 1);
		expect(csvCount(csvAfter, 'defence24.md', 'cautious', 'all')).toBe(csvCount(csvBefore, 'defence24.md', 'cautious', 'all'));

		const dashboard = await context.newPage();
		await dashboard.goto(`/stories/${STORY}`);
		const row = (await numbers(dashboard, 'lexicon')).get('Archyde')!;
		expect(Number(row[7])).toBe(csvCount(csvBefore, 'archyde.md', 'cautious', 'all') - 1);

		await page.getByRole('button', { name: `Undo: count “${word}” again` }).click();
		await page.waitForFunction(() => document.querySelectorAll('.mark.ignored').length === 0);
		expect(await legendCount()).toBe(cautious);
		expect(storyYaml()).not.toHaveProperty('ignoredHits');
		expect(csvCount(await reportCsv(), 'archyde.md', 'cautious', 'all')).toBe(csvCount(csvBefore, 'archyde.md', 'cautious', 'all'));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('works from the keyboard, with no serious accessibility violations', async () => {
		const { page, context } = await openPage(browser, ARTICLE);
		await hydrated(page);
		const target = page.locator('.mark.hit.assertive').first();
		await target.focus();
		await page.keyboard.press('Enter');
		const button = page.getByRole('button', { name: /mark as wrong/ });
		await button.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('.mark.ignored');
		expect(await seriousViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('actors editor', () => {
	it('moves a source to another side: the live preview and, after saving, the dashboard voices change', async () => {
		const { page, errors, context } = await openPage(browser, ACTORS);
		await liveReady(page);
		const cell = (side: string) => page.locator(`.live-sides tr[data-side="${side}"] td`);
		const natoBefore = Number((await cell('nato').textContent())!.trim());
		const russiaBefore = Number((await cell('russia').textContent())!.trim());
		expect(natoBefore).toBeGreaterThan(0);

		const row = page.locator('[data-side-list="nato"] [data-source="NATO"]');
		await row.locator('select').selectOption('russia');
		const before = await page.locator('.live-status').textContent();
		await row.getByRole('button', { name: /Move/ }).click();
		await nextAnalysis(page, before);
		expect(await page.locator('[data-side-list="russia"] [data-source="NATO"]').count()).toBe(1);
		const natoLive = Number((await cell('nato').locator('.changed').textContent())!.trim());
		const russiaLive = Number((await cell('russia').locator('.changed').textContent())!.trim());
		expect(natoLive).toBeLessThan(natoBefore);
		expect(russiaLive).toBeGreaterThan(russiaBefore);
		if (SHOTS) await page.screenshot({ path: join(SHOTS, 'actors-live-1366.png') });

		await page.getByRole('button', { name: 'Save actors' }).click();
		await page.waitForSelector('.done', { timeout: 30_000 });
		const sides = (storyYaml().actors as { sides: { id: string; sources: string[] }[] }).sides;
		expect(sides.find((s) => s.id === 'russia')!.sources).toContain('NATO');
		expect(sides.find((s) => s.id === 'nato')!.sources).not.toContain('NATO');

		const csv = await reportCsv();
		const total = (side: string) => csv.filter((r) => r.measure === 'statements' && r.subset === side).reduce((n, r) => n + Number(r.count), 0);
		expect(total('nato')).toBe(natoLive);
		expect(total('russia')).toBe(russiaLive);

		await page.reload();
		await page.getByRole('button', { name: 'Restore the default actors list' }).click();
		await page.waitForSelector('.done', { timeout: 30_000 });
		// restoring writes the default list out in full, as the bundled story has it
		expect(storyYaml().actors).toEqual(defaultActors);
		const nato = (await reportCsv()).filter((r) => r.measure === 'statements' && r.subset === 'nato').reduce((n, r) => n + Number(r.count), 0);
		expect(nato).toBeGreaterThan(natoLive);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('saves without JavaScript: a source moved with its menu, a source added, a side added', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto(ACTORS);
		await page.locator('[data-side-list="russia"] [data-source="Kremlin"] select').selectOption('other');
		await page.locator('textarea[name="add:ukraine"]').fill('Umerov');
		await page.locator('input[name="new-label"]').fill('China');
		await page.locator('textarea[name="new-sources"]').fill('Beijing, Xi Jinping');
		await page.getByRole('button', { name: 'Save actors' }).click();
		await page.waitForSelector('.done');
		const sides = (storyYaml().actors as { sides: { id: string; label: string; sources: string[] }[] }).sides;
		const of = (id: string) => sides.find((s) => s.id === id)!;
		expect(of('russia').sources).not.toContain('Kremlin');
		expect(of('other').sources).toEqual(['Kremlin']);
		expect(of('ukraine').sources.at(-1)).toBe('Umerov');
		expect(of('china')).toEqual({ id: 'china', label: 'China', sources: ['Beijing', 'Xi Jinping'] });
		// every other source stayed where it was
		const before = (parseYaml(original).actors as { sides: { id: string; sources: string[] }[] }).sides;
		expect(of('nato').sources).toEqual(before.find((s) => s.id === 'nato')!.sources);
		await context.close();
	});

	it('has no serious accessibility violations, at desktop and phone sizes', async () => {
		for (const viewport of [
			{ width: 1366, height: 768 },
			{ width: 390, height: 844 }
		]) {
			const { page, context } = await openPage(browser, ACTORS, viewport);
			await liveReady(page);
			expect(await seriousViolations(page)).toEqual([]);
			if (SHOTS) await page.screenshot({ path: join(SHOTS, `actors-${viewport.width}.png`) });
			await context.close();
		}
	});
});

describe('the analysis worker', () => {
	it('keeps the wink model out of every page bundle: only the worker loads it', async () => {
		// the build the server under test runs (build/ unless a run points elsewhere)
		const client = join(resolve(root, process.env.FRAMING_BUILD_DIR ?? 'build'), 'client/_app/immutable');
		const files = (dir: string) => readdirSync(join(client, dir)).filter((f) => f.endsWith('.js')).map((f) => join(client, dir, f));
		const wink = (file: string) => /readDoc/.test(readFileSync(file, 'utf8'));
		// the check can fail: the worker does carry the model
		expect(files('workers').filter(wink)).toHaveLength(1);
		const pages = [...files('chunks'), ...files('nodes'), ...files('entry')];
		expect(pages.length).toBeGreaterThan(5);
		expect(pages.filter(wink)).toEqual([]);
		// and what the dashboard actually loads is small
		const { page, context } = await openPage(browser, `/stories/${STORY}`);
		const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
		expect(scripts.length).toBeGreaterThan(0);
		for (const url of scripts) expect((await (await fetch(url)).text()).length).toBeLessThan(400_000);
		await context.close();
	});

	it('re-analyses the 200-article story', async () => {
		const { page, context } = await openPage(browser, '/stories/large-200/lexicon');
		await liveReady(page);
		const status = (await page.locator('.live-status').textContent())!.replace(/\s+/g, ' ');
		expect(status).toMatch(/Live preview of 200 articles/);
		const before = status;
		await page.locator('[data-category="cautious:hedges"] textarea').fill('warned');
		await page.locator('[data-category="cautious:hedges"] button', { hasText: 'Add to' }).click();
		await nextAnalysis(page, before);
		console.log(`large-200: ${(await page.locator('.live-status').textContent())!.replace(/\s+/g, ' ').trim()}`);
		const warned = page.locator('.hits[data-term="warned"]');
		expect(await warned.getAttribute('data-saved')).toBe('0');
		expect(Number(await warned.getAttribute('data-live'))).toBeGreaterThan(0);
		await context.close();
	});
});
