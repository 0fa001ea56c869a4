import type { CompiledActors } from '../statements';
import { alignSequences, unmatchedRuns } from './sequence-diff';
import type { SentenceUnit, UnitWord } from './sentence-units';
import type { AlignedGroup, GroupMember, WordingDifference } from './types';

/** One article's part of a group: its neighbouring sentences read as one passage. */
interface Passage {
	units: number[];
	words: UnitWord[];
}

/**
 * Turns a group of sentence indexes into what a reader compares: one member per article, the
 * most central one as reference, the words each member changed against it, a label, and the
 * wording differences (attribution verb, hedges, labels for the same side, quoted or not).
 */
export function buildGroup(
	id: number,
	unitIndexes: number[],
	units: SentenceUnit[],
	texts: string[],
	articleCount: number,
	similarity: (a: number, b: number) => number,
	labels: { actors: CompiledActors; sideLabel: (side: string) => string }
): AlignedGroup {
	const passages = new Map<number, Passage>();
	for (const u of unitIndexes) {
		const article = units[u].ref.article;
		const p = passages.get(article) ?? { units: [], words: [] };
		p.units.push(u);
		passages.set(article, p);
	}
	const articles = [...passages.keys()].sort((a, b) => a - b);
	const list = articles.map((a) => {
		const p = passages.get(a)!;
		p.units.sort((x, y) => units[x].ref.sentence - units[y].ref.sentence);
		// sentences between two members of one article belong to the passage too
		const first = units[p.units[0]].ref.sentence;
		const last = units[p.units[p.units.length - 1]].ref.sentence;
		const base = p.units[0] - 0;
		const span: number[] = [];
		for (let s = first; s <= last; s++) span.push(base + (s - first));
		p.units = span.filter((k) => units[k]?.ref.article === a);
		p.words = p.units.flatMap((k) => units[k].words);
		return p;
	});

	const score = (x: Passage, y: Passage) => Math.max(...x.units.flatMap((a) => y.units.map((b) => similarity(a, b))));
	const centrality = list.map((p, i) => list.reduce((sum, q, j) => (i === j ? sum : sum + score(p, q)), 0));
	const reference = centrality.indexOf(Math.max(...centrality));
	const refKeys = list[reference].words.map((w) => w.key);

	const referenceMatched = new Array<number>(refKeys.length).fill(0);
	const members: GroupMember[] = list.map((p, i) => {
		const firstUnit = units[p.units[0]];
		const lastUnit = units[p.units[p.units.length - 1]];
		const start = firstUnit.ref.start;
		const end = lastUnit.ref.end;
		const statement = p.units.map((k) => units[k].statement).find((s) => s) ?? null;
		let differences: { start: number; end: number; text: string }[] = [];
		if (i !== reference) {
			const alignment = alignSequences(
				p.words.map((w) => w.key),
				refKeys
			);
			alignment.matchedB.forEach((m, k) => m && referenceMatched[k]++);
			differences = runsToSpans(unmatchedRuns(alignment.matchedA), p.words, texts[firstUnit.ref.article]);
		}
		return {
			article: firstUnit.ref.article,
			sentence: firstUnit.ref.sentence,
			lastSentence: lastUnit.ref.sentence,
			start,
			end,
			text: texts[firstUnit.ref.article].slice(start, end),
			similarity: i === reference ? 1 : score(p, list[reference]),
			differences,
			statement,
			hedges: [...new Set(p.units.flatMap((k) => units[k].hedges))],
			boosters: [...new Set(p.units.flatMap((k) => units[k].boosters))]
		};
	});
	// the reference's own changes: words no other member has
	members[reference].differences = runsToSpans(
		unmatchedRuns(referenceMatched.map((n) => n > 0)),
		list[reference].words,
		texts[members[reference].article]
	);

	const carried = new Set(articles);
	return {
		id,
		label: groupLabel(list[reference].words, referenceMatched, members.length - 1, texts[members[reference].article]),
		reference,
		members,
		articles,
		missing: Array.from({ length: articleCount }, (_, a) => a).filter((a) => !carried.has(a)),
		differences: wordingDifferences(members, labels)
	};
}

function runsToSpans(runs: [number, number][], words: UnitWord[], text: string) {
	return runs.map(([from, to]) => ({ start: words[from].start, end: words[to].end, text: text.slice(words[from].start, words[to].end) }));
}

/**
 * The run of the reference's words that most other members also have and that carries the most
 * content words ("studying everything"), without function words at its ends ("case involving", not
 * "case involving the").
 */
function groupLabel(words: UnitWord[], matched: number[], others: number, text: string): string {
	const need = Math.max(1, Math.ceil(others / 2));
	let best: [number, number] | null = null;
	let bestContent = 0;
	let from = -1;
	for (let k = 0; k <= words.length; k++) {
		const ok = k < words.length && matched[k] >= need;
		if (ok && from < 0) from = k;
		if (!ok && from >= 0) {
			let [first, last] = [from, Math.min(k - 1, from + 7)];
			while (first <= last && !words[first].content) first++;
			while (last >= first && !words[last].content) last--;
			const content = words.slice(first, last + 1).filter((w) => w.content).length;
			if (content > bestContent || (content === bestContent && best && last - first > best[1] - best[0])) {
				best = [first, last];
				bestContent = content;
			}
			from = -1;
		}
	}
	if (best && bestContent > 0) return text.slice(words[best[0]].start, words[best[1]].end);
	return words
		.filter((w) => w.content)
		.slice(0, 6)
		.map((w) => w.value)
		.join(' ');
}

const KIND_LABEL = { direct: 'quoted', reported: 'paraphrased', mixed: 'partly quoted' } as const;

function wordingDifferences(members: GroupMember[], labels: { actors: CompiledActors; sideLabel: (side: string) => string }): WordingDifference[] {
	const out: WordingDifference[] = [];
	const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

	const verbs = members.map((m) => m.statement?.cueLemma ?? null);
	if (distinct(verbs).length >= 2) {
		const values = members.map((m) => m.statement?.cue ?? null);
		out.push({ kind: 'verb', summary: `attribution: ${distinct(values).join(' / ')}`, values });
	}

	if (members.some((m) => m.statement)) {
		const values = members.map((m) => (m.statement ? KIND_LABEL[m.statement.kind] : 'stated without attribution'));
		if (distinct(values).length >= 2) out.push({ kind: 'quotation', summary: `how it is attributed: ${distinct(values).join(' / ')}`, values });
	}

	const hedges = members.map((m) => (m.hedges.length ? m.hedges.join(', ') : 'no hedge'));
	if (distinct(hedges).length >= 2) out.push({ kind: 'hedge', summary: `hedges: ${distinct(hedges).join(' / ')}`, values: hedges });

	// how each side is named: "the Kremlin" / "Moscow"; only names one member uses and the others do not
	const named = members.map((m) => actorLabels(m.text, labels.actors));
	const sides = new Set(named.flatMap((n) => [...n.keys()]));
	for (const side of sides) {
		const own = named.map((n, i) => {
			const mine = [...(n.get(side) ?? [])];
			const elsewhere = new Set(named.flatMap((o, k) => (k === i ? [] : [...(o.get(side) ?? [])].map((x) => x.toLowerCase()))));
			const unique = mine.filter((x) => !elsewhere.has(x.toLowerCase()));
			return unique.length ? unique.join(', ') : null;
		});
		if (own.filter((v) => v !== null).length >= 2)
			out.push({ kind: 'label', summary: `${labels.sideLabel(side)} named as: ${distinct(own).join(' / ')}`, values: own });
	}
	return out;
}

function actorLabels(text: string, actors: CompiledActors): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	for (const re of [actors.anyCase, actors.capitals]) {
		if (!re) continue;
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			const written = m[0].replace(/\s+/g, ' ');
			const hit = actors.byExact.get(written) ?? actors.bySource.get(written.toLowerCase());
			if (!hit) continue;
			const set = found.get(hit.side) ?? new Set<string>();
			set.add(written);
			found.set(hit.side, set);
		}
	}
	return found;
}
