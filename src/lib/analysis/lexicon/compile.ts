import { readText, type Nlp } from '../text-doc';
import type { LexiconData, Pole, Token } from '../types';
import { parseTerm, WILDCARD, type ParsedTerm, type Sense } from './term';
import { createNode, insertPath, type Step, type TrieNode } from './trie';
import { isWordish, lemmaOf, wordKey } from './token-keys';

export interface LexiconEntry {
	/** as written in the lexicon */
	term: string;
	category: Pole;
	subcategory: string;
	exception: boolean;
}

export interface NegatorEntry {
	term: string;
	/**
	 * wink marks the scope of this negator itself ("not", "never", "without"); a match then counts as
	 * negated only where wink agrees, which keeps "not only aggressive" and "not just" counted
	 */
	checkedByWink: boolean;
}

export interface CompiledLexicon {
	version: string;
	terms: TrieNode<LexiconEntry>;
	negators: TrieNode<NegatorEntry>;
	/** entries compiled (exceptions included) */
	size: number;
	/** entries that could not be understood, or were listed twice, in plain English */
	problems: string[];
}

/** the negators whose scope wink's negation pass marks (checked against wink-eng-lite-web-model) */
const WINK_NEGATORS = new Set(['not', 'never', 'no', 'without', 'nor', 'neither', 'none', 'hardly', 'scarcely']);
const INNER_HYPHEN = /(?<=\S)[-\u2010\u2011](?=\S)/g;
const HYPHEN_TOKEN = /^[-\u2010\u2011]$/;

type Unit =
	| { kind: 'wild' }
	| { kind: 'simple'; keys: string[]; sense: Sense | null }
	| { kind: 'compound'; joined: string[]; parts: string[][]; sense: Sense | null };

interface Pending<T> {
	parsed: ParsedTerm;
	value: T;
	/** per word: its character range in the batch text, or null for `*` */
	ranges: ([number, number] | null)[];
}

/**
 * Reads every entry with wink once, in one batch (one entry per line), so entries are matched on
 * the same lemmas as the text. Cheap enough to run again on every keystroke of a lexicon editor.
 */
export function compileLexicon(nlp: Nlp, data: LexiconData): CompiledLexicon {
	const problems: string[] = [];
	const seen = new Map<string, string>();
	const lines: string[] = [];
	let offset = 0;
	const place = <T>(entry: unknown, value: T, where: string): Pending<T> | null => {
		if (typeof entry !== 'string') {
			problems.push(`${where}: ${JSON.stringify(entry)} is not text`);
			return null;
		}
		const parsed = parseTerm(entry);
		problems.push(...parsed.problems);
		if (parsed.words.length === 0) return null;
		// negators live apart from the terms: "no" may be both a negator and part of "no choice"
		const signature = (where === 'negators' ? 'negator ' : '') + (parsed.exception ? '!' : '') + parsed.words.map((w) => wordKey(w.text) + (w.sense ? `[${w.sense}]` : '')).join(' ');
		const earlier = seen.get(signature);
		if (earlier !== undefined) {
			problems.push(`"${entry}" in ${where} is already listed in ${earlier}; the first one counts`);
			return null;
		}
		seen.set(signature, where);
		const ranges: ([number, number] | null)[] = [];
		const texts: string[] = [];
		let at = offset;
		for (const word of parsed.words) {
			if (word.text === WILDCARD) {
				ranges.push(null);
				continue;
			}
			// spaced hyphens make wink read every part of a compound, with its own lemma
			const text = word.text.replace(INNER_HYPHEN, ' - ');
			if (texts.length > 0) at += 1;
			ranges.push([at, at + text.length]);
			texts.push(text);
			at += text.length;
		}
		const line = texts.join(' ');
		lines.push(line);
		offset += line.length + 1;
		return { parsed, value, ranges };
	};

	const terms: Pending<LexiconEntry>[] = [];
	for (const category of ['assertive', 'cautious'] as const) {
		// an edited lexicon may lack a pole or a list; compile what is there
		const pole = data.poles?.[category];
		for (const [subcategory, sub] of Object.entries(pole?.subcategories ?? {})) {
			for (const term of sub?.terms ?? []) {
				const value: LexiconEntry = { term: String(term), category, subcategory, exception: false };
				const pending = place(term, value, `${category} / ${sub.label || subcategory}`);
				if (pending) {
					value.exception = pending.parsed.exception;
					terms.push(pending);
				}
			}
		}
	}
	const negators: Pending<NegatorEntry>[] = [];
	for (const term of data.negators ?? []) {
		const value: NegatorEntry = { term: String(term), checkedByWink: false };
		const pending = place(term, value, 'negators');
		if (pending) negators.push(pending);
	}

	const batch = lines.join('\n');
	const tokens = readText(nlp, batch).tokens;
	const cursor = { index: 0 };

	const termRoot = createNode<LexiconEntry>();
	for (const pending of terms) insertAll(termRoot, unitsOf(pending, tokens, cursor), pending.value);
	const negatorRoot = createNode<NegatorEntry>();
	for (const pending of negators) {
		const units = unitsOf(pending, tokens, cursor);
		const only = units.length === 1 ? units[0] : null;
		pending.value.checkedByWink = only?.kind === 'simple' && only.keys.some((k) => WINK_NEGATORS.has(k));
		insertAll(negatorRoot, units, pending.value);
	}

	return { version: data.version, terms: termRoot, negators: negatorRoot, size: terms.length + negators.length, problems };
}

/** the wink tokens of each word of an entry, turned into lookup units */
function unitsOf<T>(pending: Pending<T>, tokens: Token[], cursor: { index: number }): Unit[] {
	const units: Unit[] = [];
	pending.parsed.words.forEach((word, w) => {
		const range = pending.ranges[w];
		if (range === null) {
			units.push({ kind: 'wild' });
			return;
		}
		while (cursor.index < tokens.length && tokens[cursor.index].start < range[0]) cursor.index++;
		const own: Token[] = [];
		let hyphenated = false;
		while (cursor.index < tokens.length && tokens[cursor.index].end <= range[1]) {
			const t = tokens[cursor.index++];
			if (HYPHEN_TOKEN.test(t.value)) hyphenated = true;
			else if (isWordish(t)) own.push(t);
		}
		if (own.length === 0) return;
		if (hyphenated && own.length > 1) {
			const normals = own.map((t) => wordKey(t.normal));
			const head = own[own.length - 1];
			const stem = normals.slice(0, -1).join('');
			units.push({
				kind: 'compound',
				joined: unique([normals.join(''), stem + wordKey(lemmaOf(head))]),
				parts: own.map(keysOf),
				sense: word.sense
			});
			return;
		}
		own.forEach((t, k) => units.push({ kind: 'simple', keys: keysOf(t), sense: k === 0 ? word.sense : null }));
	});
	return units;
}

function keysOf(t: Token): string[] {
	return unique([wordKey(t.normal), wordKey(lemmaOf(t))]);
}

function unique(keys: string[]): string[] {
	return keys[0] === keys[1] ? [keys[0]] : [...new Set(keys)];
}

/** a compound is reachable both as one joined word and as its parts in a row */
function insertAll<T>(root: TrieNode<T>, units: Unit[], value: T): void {
	if (units.length === 0) return;
	let paths: Step[][] = [[]];
	for (const unit of units) {
		if (unit.kind === 'wild') paths = paths.map((p) => [...p, { keys: null, sense: null }]);
		else if (unit.kind === 'simple') paths = paths.map((p) => [...p, { keys: unit.keys, sense: unit.sense }]);
		else {
			const last = unit.parts.length - 1;
			const split: Step[] = unit.parts.map((keys, k) => ({ keys, sense: k === last ? unit.sense : null }));
			paths = paths.flatMap((p) => [[...p, { keys: unit.joined, sense: unit.sense }], [...p, ...split]]);
		}
	}
	for (const steps of paths) insertPath(root, steps, value);
}
