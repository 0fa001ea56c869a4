import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { evidenceProblems, storyReportsSchema } from '../../src/lib/analysis/report/report-schema';
import type { ArticleReport } from '../../src/lib/analysis/types';
import { seriousViolations } from './axe';
import { baseURL, launchBrowser, openPage, type Browser, type Page } from './browser';
import { waitForCharts } from './canvas';

const STORY = 'nato-proactive-2025';
const DASHBOARD = `/stories/${STORY}`;
const TITLE = "NATO's 'proactive' posture toward Russia (December 2025)";
const OUTLETS = ['Archyde', 'Defence24', 'Expressive Info', 'Illustrated Daily News', 'RBC-Ukraine'];
const FIGURES = ['lexicon', 'voices', 'tone', 'first-voice'] as const;
const root = resolve(import.meta.dirname, '../..');
const DATE = /\d{4}-\d{2}-\d{2}/.source;

type Row = Record<string, string>;
const parseCsv = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
const fmt = (x: number, digits = 1) => x.toFixed(digits);
const pct = (x: number) => `${Math.round(x * 100)}%`;

let browser: Browser;
let work: string;
beforeAll(async () => {
	browser = await launchBrowser();
	work = mkdtempSync(join(tmpdir(), 'framing-exports-'));
});
afterAll(async () => {
	await browser?.close();
	if (!process.env.KEEP_EXPORTS) rmSync(work, { recursive: true, force: true });
	else console.log(`exports kept in ${work}`);
});

/** Clicks something that starts a download and returns the file's name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
	const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
	const path = join(work, dl.suggestedFilename());
	await dl.saveAs(path);
	return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

const figureButton = (page: Page, figure: string, kind: string) => page.locator(`#${figure}`).getByRole('button', { name: new RegExp(`^${kind} image`) });

async function fetchText(path: string): Promise<{ text: string; disposition: string | null; type: string | null }> {
	const res = await fetch(baseURL() + path);
	expect(res.status).toBe(200);
	return { text: await res.text(), disposition: res.headers.get('content-disposition'), type: res.headers.get('content-type') };
}

/** The cells of a figure's numbers table, by outlet label. */
async function tableRows(page: Page, figure: string): Promise<Map<string, string[]>> {
	const rows = await page.locator(`#${figure}-numbers tbody tr`).evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()))
	);
	return new Map(rows.map((cells) => [cells[0], cells.slice(1)]));
}

describe('chart images', () => {
	it('downloads every chart as a 2x PNG on white, named after story, chart and date, without console errors', async () => {
		const { page, errors, context } = await openPage(browser, DASHBOARD);
		await waitForCharts(page, 5);
		for (const figure of FIGURES) {
			const { name, bytes } = await download(page, () => figureButton(page, figure, 'PNG').click());
			expect(name).toMatch(new RegExp(`^${STORY}_${figure}_${DATE}\\.png$`));
			const png = PNG.sync.read(bytes);
			// 960 CSS pixels at devicePixelRatio 2
			expect(png.width).toBe(1920);
			expect(png.height % 2).toBe(0);
			expect(png.height).toBeGreaterThan(figure === 'first-voice' ? 1200 : 800);
			const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
			expect(at(0, 0)).toEqual([255, 255, 255, 255]);
			expect(at(png.width - 1, png.height - 1)).toEqual([255, 255, 255, 255]);
			let ink = 0;
			for (let i = 0; i < png.data.length; i += 16) if (png.data[i] < 200) ink++;
			expect(ink / (png.data.length / 16)).toBeGreaterThan(0.02);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('downloads every chart as a vector SVG with the outlet names and the caption as text', async () => {
		const { page, errors, context } = await openPage(browser, DASHBOARD);
		await waitForCharts(page, 5);
		for (const figure of FIGURES) {
			const { name, bytes } = await download(page, () => figureButton(page, figure, 'SVG').click());
			expect(name).toMatch(new RegExp(`^${STORY}_${figure}_${DATE}\\.svg$`));
			const svg = bytes.toString('utf8');
			expect(svg).not.toMatch(/<image|data:image|<foreignObject/);
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			expect(doc.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 960 \d+$/);
			expect(doc.querySelectorAll('rect, circle').length).toBeGreaterThan(8);
			const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
			for (const outlet of OUTLETS) expect(texts.some((t) => t.includes(outlet)), `${figure}: ${outlet}`).toBe(true);
			expect(texts).toContain(`Story: ${TITLE}`);
			expect(texts).toContain(`Outlets: ${OUTLETS.join(', ')}`);
			expect(texts.some((t) => t.startsWith('Counted: '))).toBe(true);
			expect(texts.some((t) => t.startsWith('Normalisation: '))).toBe(true);
			expect(texts.find((t) => t.startsWith('Word lists '))).toMatch(new RegExp(`· actors .+ · 5 articles · exported ${DATE} · Framing dashboard$`));
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('follows teaching mode: no outlet name in the images or their file names', async () => {
		const { page, context } = await openPage(browser, `${DASHBOARD}?hide=1`);
		await waitForCharts(page, 5);
		const { name, bytes } = await download(page, () => figureButton(page, 'voices', 'SVG').click());
		const svg = bytes.toString('utf8');
		for (const outlet of OUTLETS) {
			expect(svg).not.toContain(outlet);
			expect(name.toLowerCase()).not.toContain(outlet.toLowerCase().split(' ')[0]);
		}
		expect(svg).toContain('Outlet E');
		expect(svg).toContain('names hidden: teaching mode');
		await context.close();
	});
});

describe('data downloads', () => {
	it('gives a tidy CSV whose numbers are the ones the tables on the page show', async () => {
		const { page, context } = await openPage(browser, DASHBOARD);
		await waitForCharts(page, 5);
		const { name, bytes } = await download(page, () => page.getByRole('link', { name: 'Tidy table (CSV)' }).click());
		expect(name).toMatch(new RegExp(`^${STORY}_report_${DATE}\\.csv$`));
		const rows = parseCsv(bytes.toString('utf8')).data;
		const get = (outlet: string, measure: string, subset: string) => {
			const row = rows.find((r) => r.outlet === outlet && r.measure === measure && r.subset === subset);
			expect(row, `${outlet} ${measure} ${subset}`).toBeDefined();
			return row!;
		};

		for (const figure of ['lexicon', 'voices', 'tone']) await page.locator(`#${figure}`).getByRole('button', { name: 'Show the numbers' }).click();
		const lexicon = await tableRows(page, 'lexicon');
		const voices = await tableRows(page, 'voices');
		const tone = await tableRows(page, 'tone');
		const sides = (await page.locator('#voices-numbers thead th').allInnerTexts()).slice(1, -1).map((s) => s.trim());
		expect(sides[0]).toBe('Russia');
		const sideIds = ['russia', 'nato', 'europe', 'us', 'ukraine', 'other'];

		for (const outlet of OUTLETS) {
			const l = lexicon.get(outlet)!;
			const a = get(outlet, 'assertive', 'all');
			const c = get(outlet, 'cautious', 'all');
			expect(l).toEqual([
				get(outlet, 'words', 'all').count,
				get(outlet, 'assertive', 'narration').count,
				get(outlet, 'assertive', 'quoted').count,
				a.count,
				fmt(Number(a.value)),
				get(outlet, 'cautious', 'narration').count,
				get(outlet, 'cautious', 'quoted').count,
				c.count,
				fmt(Number(c.value)),
				fmt(Number(get(outlet, 'framing index', 'all').value), 2)
			]);
			const v = voices.get(outlet)!;
			sideIds.forEach((side, k) => {
				const s = get(outlet, 'statements', side);
				expect(v[k]).toBe(`${s.count} (${pct(Number(s.value))})`);
			});
			expect(v[sideIds.length]).toBe(get(outlet, 'statements', 'russia').denominator);
			const t = tone.get(outlet)!;
			expect([t[1], t[2], t[4], t[5]]).toEqual([
				fmt(Number(get(outlet, 'valence', 'headline').value), 2),
				fmt(Number(get(outlet, 'alarm', 'headline').value), 2),
				fmt(Number(get(outlet, 'valence', 'body').value), 2),
				fmt(Number(get(outlet, 'alarm', 'body').value), 2)
			]);
		}
		await context.close();
	});

	it('gives each chart’s data as CSV for the outlets shown, as labelled on screen', async () => {
		const { page, context } = await openPage(browser, `${DASHBOARD}?hide=1&outlets=archyde,rbc-ukraine`);
		await waitForCharts(page, 5);
		const { name, bytes } = await download(page, () => page.locator('#first-voice').getByRole('link', { name: /^CSV data/ }).click());
		expect(name).toMatch(new RegExp(`^${STORY}_first-voice-data_${DATE}\\.csv$`));
		const rows = parseCsv(bytes.toString('utf8')).data;
		expect(new Set(rows.map((r) => r.outlet))).toEqual(new Set(['Outlet A', 'Outlet E']));
		expect(rows.every((r) => r.article === '' && r.subset === 'russia')).toBe(true);
		await page.locator('#first-voice').getByRole('button', { name: 'Show the numbers' }).click();
		const table = await tableRows(page, 'first-voice');
		for (const outlet of ['Outlet A', 'Outlet E']) {
			const first = rows.find((r) => r.outlet === outlet && r.measure === 'first appearance')!;
			expect(table.get(outlet)![0]).toBe(first.value === '' ? 'not quoted' : `${pct(Number(first.value))} down`);
			expect(table.get(outlet)![1]).toBe(rows.find((r) => r.outlet === outlet && r.measure === 'statements')!.count);
		}
		await context.close();
	});

	it('prints the same tidy table from `framing analyze --format csv`', async () => {
		const { text, disposition, type } = await fetchText(`${DASHBOARD}/report.csv`);
		expect(type).toBe('text/csv; charset=utf-8');
		expect(disposition).toMatch(/^attachment; filename="nato-proactive-2025_report_/);
		const cli = execFileSync(process.execPath, [join(root, 'bin/framing.js'), 'analyze', '--format', 'csv', STORY], {
			cwd: inject('corpusDir'),
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		});
		expect(cli.split('\n').length).toBeGreaterThan(100);
		expect(text).toBe(cli);
	});

	it('gives the full reports as JSON that validates against the report schema and the article files', async () => {
		const { page, context } = await openPage(browser, DASHBOARD);
		const { name, bytes } = await download(page, () => page.getByRole('link', { name: 'Full reports (JSON)' }).click());
		expect(name).toMatch(new RegExp(`^${STORY}_reports_${DATE}\\.json$`));
		const parsed = storyReportsSchema.safeParse(JSON.parse(bytes.toString('utf8')));
		expect(parsed.error?.issues ?? []).toEqual([]);
		const file = parsed.data!;
		expect([file.story.slug, file.story.title, file.reports.length]).toEqual([STORY, TITLE, 5]);
		for (const report of file.reports) {
			const text = readFileSync(join(inject('corpusDir'), report.path), 'utf8');
			expect(evidenceProblems(report as ArticleReport, text)).toEqual([]);
		}
		await context.close();
	});

	it('gives statements and lexicon hits as CSV whose offsets slice the evidence out of the files', async () => {
		const statements = parseCsv((await fetchText(`${DASHBOARD}/statements.csv`)).text);
		const hits = parseCsv((await fetchText(`${DASHBOARD}/hits.csv`)).text);
		const tidy = parseCsv((await fetchText(`${DASHBOARD}/report.csv`)).text).data;
		expect(statements.meta.fields).toEqual(expect.arrayContaining(['article', 'sentence', 'side', 'speaker', 'cue', 'content', 'content_start', 'content_end']));
		const unescape = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');
		const files = new Map<string, string>();
		const text = (path: string) => files.get(path) ?? files.set(path, readFileSync(join(inject('corpusDir'), path), 'utf8')).get(path)!;
		expect(statements.data.length).toBeGreaterThan(30);
		for (const s of statements.data) expect(text(s.article).slice(Number(s.content_start), Number(s.content_end))).toBe(unescape(s.content));
		for (const h of hits.data) expect(text(h.article).slice(Number(h.start), Number(h.end))).toBe(unescape(h.text));
		// recounting the hits by hand gives the tidy table's counts
		for (const row of tidy.filter((r) => (r.measure === 'assertive' || r.measure === 'cautious') && r.subset === 'all')) {
			const n = hits.data.filter((h) => h.article === row.article && h.category === row.measure && h.counted === '1').length;
			expect(String(n)).toBe(row.count);
		}
		// and counting statements per sentence and side gives the voices
		for (const row of tidy.filter((r) => r.measure === 'statements')) {
			const sentences = new Set(statements.data.filter((s) => s.article === row.article && s.side === row.subset).map((s) => s.sentence_index));
			expect(String(sentences.size), `${row.article} ${row.subset}`).toBe(row.count);
		}
	});
});

describe('print / PDF report', () => {
	const pdfOf = async (path: string, file: string) => {
		const { page, errors, context } = await openPage(browser, path);
		const out = join(work, file);
		await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
		await context.close();
		return { out, errors };
	};

	it('prints a cover with the method, one page per chart with captions, and the per-article table', async () => {
		const { out, errors } = await pdfOf(`${DASHBOARD}/print`, 'report.pdf');
		expect(errors).toEqual([]);
		const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
		expect(info).toMatch(/Pages:\s+6\b/);
		const pages = Array.from({ length: 6 }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', out, '-'], { encoding: 'utf8' }));
		expect(pages[0]).toContain('Method in brief');
		expect(pages[0]).toContain(TITLE.slice(0, 30));
		expect(pages[1]).toContain('Assertive and cautious language');
		expect(pages[2]).toContain('Whose voice: statements by side');
		expect(pages[3]).toContain('Headline tone');
		expect(pages[4]).toContain('When Russia is first heard');
		expect(pages[5]).toContain('The articles');
		for (const p of pages.slice(1, 5)) {
			expect(p).toContain('Counted:');
			for (const outlet of ['Archyde', 'Defence24', 'RBC-Ukraine']) expect(p).toContain(outlet);
		}
		// every page rendered and inked
		execFileSync('pdftoppm', ['-r', '40', '-png', out, join(work, 'page')]);
		const pngs = readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f));
		expect(pngs).toHaveLength(6);
		for (const f of pngs) {
			const png = PNG.sync.read(readFileSync(join(work, f)));
			let ink = 0;
			for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 160) ink++;
			expect(ink, f).toBeGreaterThan(200);
		}
	});

	it('follows the view it was opened from: teaching mode and selected outlets', async () => {
		const { out } = await pdfOf(`${DASHBOARD}/print?hide=1&outlets=archyde,defence24`, 'teaching.pdf');
		const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
		for (const outlet of OUTLETS) expect(text).not.toContain(outlet);
		expect(text).toContain('Outlet A');
		expect(text).toContain('Outlet B');
		expect(text).not.toContain('Outlet C');
	});

	it('is reachable from the dashboard with the view, and has no serious accessibility violations', async () => {
		const { page, errors, context } = await openPage(browser, `${DASHBOARD}?hide=1`);
		await waitForCharts(page, 5);
		await page.getByRole('link', { name: 'Print / PDF report' }).click();
		await page.waitForURL('**/print?hide=1');
		expect(await page.locator('h1').innerText()).toBe(TITLE);
		expect(await page.locator('section.page svg').count()).toBe(4);
		expect(await seriousViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the dashboard with download controls', () => {
	it('has no serious accessibility violations in teaching mode', async () => {
		const { page, context } = await openPage(browser, `${DASHBOARD}?hide=1`);
		await waitForCharts(page, 5);
		expect(await seriousViolations(page)).toEqual([]);
		await context.close();
	});

	it('answers 404 for a story or chart that does not exist', async () => {
		for (const path of ['/stories/nope/report.csv', `${DASHBOARD}/data/nope.csv`, '/stories/nope/print']) {
			expect((await fetch(baseURL() + path)).status, path).toBe(404);
		}
	});
});
