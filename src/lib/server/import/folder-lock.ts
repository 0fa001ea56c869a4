/**
 * Runs tasks on the same key one at a time within this process, so a check ("is the name free?")
 * and the write that depends on it cannot interleave with another request's. Another process
 * (the CLI writing into the same corpus) is not covered; its window is the few milliseconds
 * between its own check and rename.
 */
const queues = new Map<string, Promise<unknown>>();

export function withFolderLock<T>(key: string, task: () => Promise<T>): Promise<T> {
	const previous = queues.get(key) ?? Promise.resolve();
	const next = previous.then(task, task);
	const settled = next.catch(() => {});
	queues.set(key, settled);
	void settled.then(() => {
		if (queues.get(key) === settled) queues.delete(key);
	});
	return next;
}
