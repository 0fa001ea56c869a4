import { describe, expect, it } from 'vitest';
import alarm from './data/alarm.json';
import base from './data/valence.base.json';
import modifiers from './data/modifiers.json';
import news from './data/news-valence.json';
import { buildLexicon, defaultLexicon } from './lexicon';

const grouped = { news, alarm } as Record<string, { version: string; sources: { licence: string }[]; groups: Record<string, Record<string, number>> }>;

describe('tone word lists', () => {
	it.each([base, news, alarm, modifiers])('$version carries a version and the licence of each source', (data) => {
		expect(data.version).toMatch(/\S/);
		expect(data.sources.length).toBeGreaterThan(0);
		for (const s of data.sources) expect(s.licence).toMatch(/\S/);
	});

	it('keeps general valence in [-1, 1] without the excluded words', () => {
		const entries = base.entries as Record<string, number>;
		expect(Object.keys(entries).length).toBe(base.count);
		for (const v of Object.values(entries)) expect(Math.abs(v)).toBeLessThanOrEqual(1);
		for (const word of Object.keys(base.excluded)) expect(entries[word]).toBeUndefined();
		expect(entries.happy).toBeGreaterThan(0.5);
		expect(entries.horrible).toBeLessThan(-0.5);
	});

	it.each(['news', 'alarm'])('%s list: values in range, no term rated twice', (name) => {
		const data = grouped[name];
		const seen = new Set<string>();
		for (const terms of Object.values(data.groups)) {
			for (const [term, value] of Object.entries(terms)) {
				expect(seen.has(term), term).toBe(false);
				seen.add(term);
				if (name === 'alarm') expect(value >= 0 && value <= 1, term).toBe(true);
				else expect(Math.abs(value) <= 1 && value !== 0, term).toBe(true);
			}
		}
	});
});

describe('buildLexicon', () => {
	const lex = buildLexicon();

	it('lets the news list override the general one', () => {
		expect(lex.valence.get('kill')).toMatchObject({ value: -0.85, priority: 1, source: 'news: death and casualties' });
		expect(lex.valence.get('horrible')?.priority).toBe(0);
	});

	it('indexes phrases by first word, longest first, hyphenated keys split', () => {
		const fire = lex.phrases.get('fire')!;
		expect(fire.map((p) => p.words.join(' '))).toContain('fire the first shot');
		expect(fire[0].words.length).toBeGreaterThanOrEqual(fire[fire.length - 1].words.length);
		expect(lex.phrases.get('pre')?.[0].words).toEqual(['pre', 'emptive', 'strike']);
		expect(lex.phrases.get('shoot')?.find((p) => p.key === 'shoot down')?.alarm?.value).toBe(0.8);
	});

	it('names every list in its version', () => {
		expect(lex.version).toContain(base.version);
		expect(lex.version).toContain(alarm.version);
		expect(defaultLexicon()).toBe(defaultLexicon());
	});
});
