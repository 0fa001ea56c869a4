/**
 * Draws the page's charts (early-charts.ts) as soon as this module is evaluated and the parser has
 * passed them. The server loads its chunk with a module script in the dashboard's head
 * (server/charts-first.ts), so drawing waits neither for the app's other modules nor for
 * hydration, nor for the rest of the page (the framing strips, the downloads) to be parsed; the app
 * entry imports it too (hooks.client.ts), which draws in development and waits for the drawing
 * before hydrating. It never throws: hydration, and every chart ChartCanvas draws itself, depend on
 * this chunk.
 */
import { CHART_INPUTS_ATTR } from './chart-inputs-id';
import { drawEarly } from './early-charts';

function drawSafely(): void {
	try {
		drawEarly();
	} catch (error) {
		// the page still hydrates, and ChartCanvas then draws the charts itself
		console.error('The charts could not be drawn before hydration:', error);
	}
}

/** The charts' grid is parsed once the parser has gone past it: an element follows it, or parsing is over. */
function chartsParsed(doc: Document): boolean {
	if (doc.readyState !== 'loading') return true;
	const grid = doc.querySelector(`[${CHART_INPUTS_ATTR}]`);
	return grid !== null && nextInDocument(grid) !== null;
}

function nextInDocument(node: Element): Element | null {
	for (let at: Element | null = node; at; at = at.parentElement) if (at.nextElementSibling) return at.nextElementSibling;
	return null;
}

/** Runs `draw` once, as soon as the charts' grid has been parsed (the parser adds nodes between its tasks). */
export function whenChartsParsed(doc: Document, draw: () => void): void {
	if (chartsParsed(doc)) return draw();
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		observer.disconnect();
		draw();
	};
	const observer = new MutationObserver(() => {
		if (chartsParsed(doc)) once();
	});
	observer.observe(doc.documentElement, { childList: true, subtree: true });
	doc.addEventListener('DOMContentLoaded', once, { once: true });
}

if (typeof document !== 'undefined') whenChartsParsed(document, drawSafely);

// for the app entry, which draws whatever was not parsed yet when this module ran
export { drawEarly } from './early-charts';
