import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { whenChartsParsed } from './draw-early-on-load';

// the parser's progress, played by hand: a document, its readyState, and the observer's callbacks
let notify: (() => void) | null = null;
class FakeObserver {
	constructor(callback: () => void) {
		notify = callback;
	}
	observe() {}
	disconnect() {
		notify = null;
	}
}

function page(body: string, readyState: DocumentReadyState) {
	const { document, window } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
	let state = readyState;
	Object.defineProperty(document, 'readyState', { get: () => state });
	const loaded = () => {
		state = 'interactive';
		document.dispatchEvent(new window.Event('DOMContentLoaded'));
	};
	return { document: document as unknown as Document, loaded };
}

afterEach(() => {
	vi.unstubAllGlobals();
	notify = null;
});

describe('whenChartsParsed', () => {
	it.each([
		['once the page is parsed', '<main><div data-chart-inputs="{}"></div></main>', 'interactive' as const],
		['while parsing, once an element follows the charts', '<main><div data-chart-inputs="{}"><canvas></canvas></div><section></section></main>', 'loading' as const],
		['while parsing, when the charts are followed further up the tree', '<main><div><div data-chart-inputs="{}"></div></div><p>next</p></main>', 'loading' as const]
	])('draws at once %s', (_, body, state) => {
		vi.stubGlobal('MutationObserver', FakeObserver);
		const { document } = page(body, state);
		const draw = vi.fn();
		whenChartsParsed(document, draw);
		expect(draw).toHaveBeenCalledTimes(1);
	});

	it('waits while the parser is still inside the charts, then draws once when it has passed them', () => {
		vi.stubGlobal('MutationObserver', FakeObserver);
		const { document, loaded } = page('<main><div data-chart-inputs="{}"><canvas></canvas></div></main>', 'loading');
		const draw = vi.fn();
		whenChartsParsed(document, draw);
		expect(draw).not.toHaveBeenCalled();
		notify!();
		expect(draw).not.toHaveBeenCalled();
		document.querySelector('main')!.append(document.createElement('section'));
		notify!();
		expect(draw).toHaveBeenCalledTimes(1);
		loaded();
		expect(draw).toHaveBeenCalledTimes(1);
	});

	it('draws when parsing ends if nothing follows the charts', () => {
		vi.stubGlobal('MutationObserver', FakeObserver);
		const { document, loaded } = page('<main><div data-chart-inputs="{}"></div></main>', 'loading');
		const draw = vi.fn();
		whenChartsParsed(document, draw);
		expect(draw).not.toHaveBeenCalled();
		loaded();
		expect(draw).toHaveBeenCalledTimes(1);
		expect(notify).toBeNull();
	});
});
