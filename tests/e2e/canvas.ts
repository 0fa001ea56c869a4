import type { Page } from 'playwright-core';

/**
 * Waits until every chart on the page says it has drawn and the app has hydrated (the root layout's
 * mark), and returns how many charts there are. A dashboard draws its charts before the app starts,
 * and its buttons do nothing until the app has hydrated.
 */
export async function waitForCharts(page: Page, expected: number, timeout = 20_000): Promise<number> {
	await page.waitForFunction(
		(n) => document.querySelectorAll('.chart[data-drawn="true"] canvas').length >= n,
		expected,
		{ timeout }
	);
	await page.waitForFunction(() => performance.getEntriesByName('app-hydrated').length > 0, undefined, { timeout });
	return page.locator('.chart[data-drawn="true"] canvas').count();
}

/** Share of non-white pixels per chart canvas: a blank canvas gives 0. */
export async function inkPerCanvas(page: Page): Promise<number[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLCanvasElement>('.chart canvas')].map((canvas) => {
			const ctx = canvas.getContext('2d');
			if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
			const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
			let ink = 0;
			for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) ink++;
			return ink / (data.length / 4);
		})
	);
}
