/**
 * Longest common subsequence of two word sequences: which words of each side have a counterpart in
 * the other, in order. This is what marks the words two outlets changed in the same sentence.
 */
export interface Alignment {
	matchedA: boolean[];
	matchedB: boolean[];
	/** pairs [i, j] of matched positions, in order */
	pairs: [number, number][];
}

// beyond this many cells the table costs more than it explains; sentences are far shorter
const MAX_CELLS = 250_000;

export function alignSequences(a: readonly string[], b: readonly string[]): Alignment {
	const n = a.length;
	const m = b.length;
	const matchedA = new Array<boolean>(n).fill(false);
	const matchedB = new Array<boolean>(m).fill(false);
	const pairs: [number, number][] = [];
	if (n === 0 || m === 0) return { matchedA, matchedB, pairs };
	if (n * m > MAX_CELLS) return alignBySet(a, b);
	// lengths of the LCS of a[i..] and b[j..]
	const width = m + 1;
	const table = new Uint16Array((n + 1) * width);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i * width + j] =
				a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
		}
	}
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			matchedA[i] = matchedB[j] = true;
			pairs.push([i, j]);
			i++;
			j++;
		} else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
		else j++;
	}
	return { matchedA, matchedB, pairs };
}

/** For very long inputs: a word matches when the other side has it at all. */
function alignBySet(a: readonly string[], b: readonly string[]): Alignment {
	const inA = new Set(a);
	const inB = new Set(b);
	return { matchedA: a.map((w) => inB.has(w)), matchedB: b.map((w) => inA.has(w)), pairs: [] };
}

/** Runs of unmatched positions as [first, last] inclusive index pairs. */
export function unmatchedRuns(matched: readonly boolean[]): [number, number][] {
	const runs: [number, number][] = [];
	let from = -1;
	for (let k = 0; k <= matched.length; k++) {
		const open = k < matched.length && !matched[k];
		if (open && from < 0) from = k;
		if (!open && from >= 0) {
			runs.push([from, k - 1]);
			from = -1;
		}
	}
	return runs;
}
