import type { Token } from '../types';
import type { NegatorEntry } from './compile';
import type { TrieNode } from './trie';
import { isAttachedHyphen, isQuoteMark, isWordish } from './token-keys';
import type { Walker } from './walk';

/** at most this many words between a negator and the match it cancels: "not particularly aggressive", "not seen as aggressive" */
export const NEGATION_WINDOW = 2;
/** the longest negator phrase we look back for ("in the absence of") */
const LONGEST_NEGATOR = 4;

/**
 * The negator that cancels a match starting at token `first`, or null. A negator cancels when it
 * stands at most NEGATION_WINDOW words before the match, in the same clause (no punctuation and no
 * "but" in between), and is not itself part of another match ("no doubt", "no choice"). For the
 * negators wink knows, wink's own negation mark on the match must agree, which keeps "not only
 * aggressive" and "not just cautious" counted.
 */
export function findNegator(
	walker: Walker,
	negators: TrieNode<NegatorEntry>,
	first: number,
	covered: Uint8Array
): { text: string } | null {
	const tokens = walker.tokens;
	const sentence = tokens[first].sentence;
	let words = 0;
	for (let p = first - 1; p >= 0 && words <= NEGATION_WINDOW + LONGEST_NEGATOR; p--) {
		const t = tokens[p];
		if (t.sentence !== sentence) break;
		// quotation marks do not end a clause: "not a “first strike”"
		if (t.type === 'tabCRLF' || isAttachedHyphen(tokens, p) || isQuoteMark(t)) continue;
		if (!isWordish(t) || t.normal === 'but') break;
		words++;
		if (covered[p]) continue;
		const found = walker.longest(negators, p);
		if (!found || found.last >= first || spanCovered(covered, p, found.last)) continue;
		if (wordsBetween(tokens, found.last, first) > NEGATION_WINDOW) continue;
		if (found.value.checkedByWink && !tokens[first].negated) continue;
		return { text: phrase(tokens, p, found.last) };
	}
	return null;
}

function spanCovered(covered: Uint8Array, from: number, to: number): boolean {
	for (let k = from; k <= to; k++) if (covered[k]) return true;
	return false;
}

function wordsBetween(tokens: Token[], from: number, to: number): number {
	let n = 0;
	for (let k = from + 1; k < to; k++) if (isWordish(tokens[k])) n++;
	return n;
}

function phrase(tokens: Token[], from: number, to: number): string {
	const words: string[] = [];
	for (let k = from; k <= to; k++) if (isWordish(tokens[k])) words.push(tokens[k].normal);
	return words.join(' ');
}
