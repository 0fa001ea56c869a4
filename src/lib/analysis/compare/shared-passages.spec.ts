import { describe, expect, it } from 'vitest';
import { findSharedPassages, type ArticleWords } from './shared-passages';

function article(text: string): ArticleWords {
	const keys: string[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	for (const m of text.matchAll(/\S+/g)) {
		keys.push(m[0].toLowerCase());
		starts.push(m.index!);
		ends.push(m.index! + m[0].length);
	}
	return { text, keys, starts, ends };
}

const wire = 'the alliance is studying everything and may act before it is attacked in cyberspace officials said';

describe('findSharedPassages', () => {
	it('finds a copied passage, with offsets that slice it out of both texts', () => {
		const a = article(`Opening line of outlet one. ${wire} and more of its own words here.`);
		const b = article(`Different start entirely here. ${wire}`);
		const { passages, overlap } = findSharedPassages([a, b], 8);
		expect(passages).toHaveLength(1);
		const [p] = passages;
		expect(p.spanA.text).toBe(wire);
		expect(a.text.slice(p.spanA.start, p.spanA.end)).toBe(wire);
		expect(b.text.slice(p.spanB.start, p.spanB.end)).toBe(wire);
		expect(p.words).toBe(wire.split(' ').length);
		expect(overlap[1].share).toBeCloseTo(wire.split(' ').length / b.keys.length, 10);
	});

	it('joins a lightly rewritten passage across a changed word', () => {
		const rewritten = wire.replace('may act', 'might act');
		const { passages } = findSharedPassages([article(wire), article(rewritten)], 5);
		expect(passages).toHaveLength(1);
		expect(passages[0].words).toBe(wire.split(' ').length);
	});

	it('finds nothing between unrelated texts, and shares nothing with itself', () => {
		const { passages, overlap } = findSharedPassages([article(wire), article('russia denied any involvement in the cable cuts on sunday evening')], 8);
		expect(passages).toEqual([]);
		expect(overlap.map((o) => o.sharedWords)).toEqual([0, 0]);
	});

	it('needs the full number of words in a row', () => {
		const a = article('one two three four five six seven x');
		const b = article('one two three four five six seven y');
		expect(findSharedPassages([a, b], 8).passages).toEqual([]);
		expect(findSharedPassages([a, b], 7).passages).toHaveLength(1);
	});
});
