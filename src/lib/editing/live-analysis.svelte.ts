import type { ArticleInput } from '$lib/analysis/report/analyze-article';
import type { ActorsData, LexiconData } from '$lib/analysis/types';
import type { StoryFigures } from './figures';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

type Status = 'idle' | 'loading' | 'ready' | 'working' | 'error';

/**
 * The editors' live preview: owns the analysis worker, sends it the edited lists after a pause in
 * typing, and keeps one request in flight (a newer edit waits and replaces any older waiting one).
 */
export class LiveAnalysis {
	status = $state<Status>('idle');
	figures = $state.raw<StoryFigures | null>(null);
	/** what the word lists' compiler could not understand, for the last lists analysed */
	problems = $state.raw<string[]>([]);
	error = $state<string | null>(null);
	/** milliseconds: loading the model, reading the articles, the last re-analysis */
	modelMs = $state<number | null>(null);
	readMs = $state<number | null>(null);
	lastMs = $state<number | null>(null);
	articles = $state(0);

	#worker: Worker | null = null;
	#loaded = false;
	#busy = false;
	#waiting: { lexicon: LexiconData; actors: ActorsData } | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#id = 0;

	/** Starts the worker and hands it the story's articles, fetched from `inputsUrl`. */
	async start(inputsUrl: string): Promise<void> {
		this.status = 'loading';
		try {
			const response = await fetch(inputsUrl);
			if (!response.ok) throw new Error(`the articles could not be loaded (${response.status})`);
			const articles = (await response.json()) as ArticleInput[];
			this.#worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
			this.#worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data);
			this.#worker.onerror = (event) => this.#fail(event.message || 'the analysis worker stopped');
			this.#post({ type: 'load', articles });
		} catch (error) {
			this.#fail(error instanceof Error ? error.message : String(error));
		}
	}

	/** Asks for the figures of these lists after `delay` ms without a newer request. */
	request(lexicon: LexiconData, actors: ActorsData, delay = 250): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#waiting = { lexicon, actors };
			this.#next();
		}, delay);
	}

	destroy(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = null;
	}

	#next() {
		if (!this.#loaded || this.#busy || !this.#waiting || !this.#worker) return;
		const { lexicon, actors } = this.#waiting;
		this.#waiting = null;
		this.#busy = true;
		this.status = 'working';
		this.#post({ type: 'analyze', id: ++this.#id, lexicon, actors });
	}

	#receive(message: WorkerResponse) {
		if (message.type === 'loaded') {
			this.#loaded = true;
			this.modelMs = message.modelMs;
			this.readMs = message.readMs;
			this.articles = message.articles;
			this.status = 'ready';
			this.#next();
		} else if (message.type === 'result') {
			this.#busy = false;
			this.figures = message.figures;
			this.problems = message.problems;
			this.lastMs = message.ms;
			this.status = 'ready';
			this.#next();
		} else {
			this.#busy = false;
			this.#fail(message.message);
		}
	}

	#post(message: WorkerRequest) {
		this.#worker?.postMessage(message);
	}

	#fail(message: string) {
		this.error = message;
		this.status = 'error';
	}
}
