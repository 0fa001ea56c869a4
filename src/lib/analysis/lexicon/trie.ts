import type { Sense } from './term';

/**
 * A word trie: each edge is one lookup key, so a phrase is found by walking tokens forward, and the
 * cost of a match does not grow with the size of the lexicon.
 */
export interface TrieNode<T> {
	next: Map<string, TrieNode<T>>;
	/** the `*` edge: any one word */
	wild: TrieNode<T> | null;
	/** entries whose path ends here, in lexicon order */
	ends: Ending<T>[] | null;
}

export interface Ending<T> {
	value: T;
	/** the sense each step must have, aligned with the steps of the path */
	senses: (Sense | null)[];
}

/** one word position of a path: any of `keys` matches it, or any word when `keys` is null */
export interface Step {
	keys: string[] | null;
	sense: Sense | null;
}

export function createNode<T>(): TrieNode<T> {
	return { next: new Map(), wild: null, ends: null };
}

export function insertPath<T>(root: TrieNode<T>, steps: Step[], value: T): void {
	const senses = steps.map((s) => s.sense);
	const visit = (node: TrieNode<T>, index: number) => {
		if (index === steps.length) {
			node.ends ??= [];
			if (!node.ends.some((e) => e.value === value && sameSenses(e.senses, senses))) node.ends.push({ value, senses });
			return;
		}
		const step = steps[index];
		if (step.keys === null) {
			node.wild ??= createNode();
			visit(node.wild, index + 1);
			return;
		}
		for (const key of step.keys) {
			let child = node.next.get(key);
			if (!child) {
				child = createNode();
				node.next.set(key, child);
			}
			visit(child, index + 1);
		}
	};
	visit(root, 0);
}

function sameSenses(a: (Sense | null)[], b: (Sense | null)[]): boolean {
	return a.length === b.length && a.every((s, i) => s === b[i]);
}
