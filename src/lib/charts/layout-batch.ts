/**
 * Charts that appear together measure their boxes first and draw second. Chart.js measures its
 * container when it is created; creating five charts one after another interleaves reads and
 * writes and forces the browser to lay out the page five times over. Batching the reads into
 * one pass leaves one layout.
 */
type Job = { measure: () => { width: number; height: number }; draw: (size: { width: number; height: number }) => void };

let queue: Job[] = [];

export function measureThenDraw(job: Job): void {
	queue.push(job);
	if (queue.length === 1) queueMicrotask(flush);
}

function flush() {
	const jobs = queue;
	queue = [];
	const sizes = jobs.map((job) => job.measure());
	jobs.forEach((job, i) => job.draw(sizes[i]));
}
