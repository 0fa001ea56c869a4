import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorsData, LexiconData } from '$lib/analysis/types';
import { LiveAnalysis } from './live-analysis.svelte';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** A stand-in worker that records what it is sent; the test answers for it. */
class FakeWorker {
	static last: FakeWorker;
	sent: WorkerRequest[] = [];
	onmessage: ((e: { data: WorkerResponse }) => void) | null = null;
	onerror: ((e: { message: string }) => void) | null = null;
	terminated = false;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(m: WorkerRequest) {
		this.sent.push(m);
	}
	terminate() {
		this.terminated = true;
	}
	answer(m: WorkerResponse) {
		this.onmessage!({ data: m });
	}
}

const lexicon = (v: string) => ({ version: v }) as unknown as LexiconData;
const actors = {} as ActorsData;
const figures = (n: number) => ({ articles: [], pooled: { words: n, assertive: 0, cautious: 0, assertivePer1000: 0, cautiousPer1000: 0, index: 0 }, termHits: {}, sideStatements: {} });
const analyses = (w: FakeWorker) => w.sent.filter((m) => m.type === 'analyze') as Extract<WorkerRequest, { type: 'analyze' }>[];

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('Worker', FakeWorker);
	vi.stubGlobal('fetch', vi.fn(async () => ({ ok: true, status: 200, json: async () => [{ path: 'a' }] })));
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

async function started() {
	const live = new LiveAnalysis();
	await live.start('/inputs.json');
	const worker = FakeWorker.last;
	return { live, worker };
}

describe('LiveAnalysis', () => {
	it('hands the worker the fetched articles, then reports it ready with its timings', async () => {
		const { live, worker } = await started();
		expect(live.status).toBe('loading');
		expect(worker.sent).toEqual([{ type: 'load', articles: [{ path: 'a' }] }]);
		worker.answer({ type: 'loaded', modelMs: 120, readMs: 30, articles: 1, refused: [] });
		expect([live.status, live.modelMs, live.readMs, live.articles]).toEqual(['ready', 120, 30, 1]);
	});

	it('waits for a pause in typing, and sends only the last lists', async () => {
		const target = new LiveAnalysis();
		await target.start('/inputs.json');
		const w = FakeWorker.last;
		w.answer({ type: 'loaded', modelMs: 1, readMs: 1, articles: 1, refused: [] });
		target.request(lexicon('a'), actors, 250);
		vi.advanceTimersByTime(100);
		target.request(lexicon('b'), actors, 250);
		vi.advanceTimersByTime(249);
		expect(analyses(w)).toHaveLength(0);
		vi.advanceTimersByTime(1);
		expect(analyses(w).map((m) => m.lexicon.version)).toEqual(['b']);
		expect(target.status).toBe('working');
	});

	it('keeps one analysis in flight; a newer edit replaces one that waits', async () => {
		const { live, worker } = await started();
		worker.answer({ type: 'loaded', modelMs: 1, readMs: 1, articles: 1, refused: [] });
		live.request(lexicon('a'), actors, 0);
		vi.advanceTimersByTime(0);
		live.request(lexicon('b'), actors, 0);
		vi.advanceTimersByTime(0);
		live.request(lexicon('c'), actors, 0);
		vi.advanceTimersByTime(0);
		expect(analyses(worker).map((m) => m.lexicon.version)).toEqual(['a']);
		worker.answer({ type: 'result', id: analyses(worker)[0].id, ms: 5, figures: figures(1), problems: ['p'] });
		expect(analyses(worker).map((m) => m.lexicon.version)).toEqual(['a', 'c']);
		expect([live.figures?.pooled.words, live.problems, live.lastMs]).toEqual([1, ['p'], 5]);
	});

	it('asks for the first figures as soon as the worker is ready', async () => {
		const { live, worker } = await started();
		live.request(lexicon('a'), actors, 0);
		vi.advanceTimersByTime(0);
		expect(analyses(worker)).toHaveLength(0);
		worker.answer({ type: 'loaded', modelMs: 1, readMs: 1, articles: 1, refused: [] });
		expect(analyses(worker)).toHaveLength(1);
	});

	it('says so when the worker fails or the articles cannot be fetched', async () => {
		const { live, worker } = await started();
		worker.answer({ type: 'error', id: null, message: 'boom' });
		expect([live.status, live.error]).toEqual(['error', 'boom']);

		vi.stubGlobal('fetch', vi.fn(async () => ({ ok: false, status: 404, json: async () => [] })));
		const other = new LiveAnalysis();
		await other.start('/inputs.json');
		expect([other.status, other.error]).toEqual(['error', 'the articles could not be loaded (404)']);
	});

	it('stops the worker when destroyed', async () => {
		const { live, worker } = await started();
		live.destroy();
		expect(worker.terminated).toBe(true);
	});
});
