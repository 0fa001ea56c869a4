import type { Token } from '../types';
import { senseHolds } from './senses';
import type { Ending, TrieNode } from './trie';
import { isAttachedHyphen, isWordish, lemmaOf, tokenKeys, wordKey } from './token-keys';

/** "tit-for-tat" has three parts; a longer chain of glued hyphens is no lexicon word */
const MAX_COMPOUND_PARTS = 4;

export interface Found<T> {
	/** last token of the match (inclusive) */
	last: number;
	value: T;
}

/**
 * Walks lexicon tries over the tokens of one read text. A phrase's words follow each other within
 * one sentence; glued hyphens between them are skipped, so "first-strike" meets "first strike".
 * The cost per start token is bounded by the depth of the trie, not by the size of the lexicon.
 * Written as a class with methods rather than closures: this runs once per word of every article.
 */
export class Walker {
	readonly tokens: Token[];
	private readonly keys: (string[] | undefined)[];
	private readonly heads: number[] = [];
	private sentence = 0;
	private bestLast = -1;
	private bestValue: unknown = null;

	constructor(tokens: Token[]) {
		this.tokens = tokens;
		this.keys = new Array(tokens.length);
	}

	/** lookup keys of token `i`, computed once */
	keysAt(i: number): string[] {
		let keys = this.keys[i];
		if (keys === undefined) keys = this.keys[i] = tokenKeys(this.tokens[i]);
		return keys;
	}

	/** the longest entry of `root` that starts at token `first`, or null */
	longest<T>(root: TrieNode<T>, first: number): Found<T> | null {
		this.sentence = this.tokens[first].sentence;
		this.bestLast = -1;
		this.bestValue = null;
		this.consume(root as TrieNode<unknown>, first, 0);
		return this.bestLast < 0 ? null : { last: this.bestLast, value: this.bestValue as T };
	}

	private consume(node: TrieNode<unknown>, j: number, depth: number): void {
		const tokens = this.tokens;
		for (const key of this.keysAt(j)) {
			const child = node.next.get(key);
			if (child !== undefined) this.arrive(child, j, j, depth);
		}
		// a compound wink split at its hyphens, looked up as one word: pre | - | emptive -> preemptive
		if (isAttachedHyphen(tokens, j + 1)) {
			let stem = wordKey(tokens[j].normal);
			for (let k = j, parts = 2; parts <= MAX_COMPOUND_PARTS && isAttachedHyphen(tokens, k + 1); k += 2, parts++) {
				const part = tokens[k + 2];
				const normal = wordKey(part.normal);
				const lemma = wordKey(lemmaOf(part));
				const whole = node.next.get(stem + normal);
				if (whole !== undefined) this.arrive(whole, k + 2, k + 2, depth);
				if (lemma !== normal) {
					const inflected = node.next.get(stem + lemma);
					if (inflected !== undefined) this.arrive(inflected, k + 2, k + 2, depth);
				}
				stem += normal;
			}
		}
		if (node.wild !== null && isWordish(tokens[j])) this.arrive(node.wild, j, j, depth);
	}

	private arrive(node: TrieNode<unknown>, last: number, head: number, depth: number): void {
		this.heads[depth] = head;
		if (node.ends !== null && last > this.bestLast) {
			const ending = this.holding(node.ends);
			if (ending !== null) {
				this.bestLast = last;
				this.bestValue = ending.value;
			}
		}
		if (node.next.size > 0 || node.wild !== null) {
			const next = nextStep(this.tokens, last, this.sentence);
			if (next >= 0) this.consume(node, next, depth + 1);
		}
	}

	/** the first entry ending here whose senses the matched tokens have */
	private holding(ends: Ending<unknown>[]): Ending<unknown> | null {
		for (const ending of ends) {
			let ok = true;
			for (let d = 0; d < ending.senses.length && ok; d++) {
				const sense = ending.senses[d];
				if (sense !== null) ok = senseHolds(this.tokens, this.heads[d], sense);
			}
			if (ok) return ending;
		}
		return null;
	}
}

/** the next word a phrase can continue on, or -1 at the end of the sentence or at punctuation */
export function nextStep(tokens: Token[], last: number, sentence: number): number {
	for (let k = last + 1; k < tokens.length; k++) {
		const t = tokens[k];
		if (t.sentence !== sentence) return -1;
		if (t.type === 'tabCRLF' || isAttachedHyphen(tokens, k)) continue;
		return isWordish(t) ? k : -1;
	}
	return -1;
}
