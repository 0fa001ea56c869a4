import { describe, expect, it } from 'vitest';
import { comparableUrl, findDuplicate, fingerprint, similarity, type ExistingArticle } from './duplicates';

const ARTICLE = [
	'The alliance is studying a more proactive response to hybrid attacks, its top military officer said on Sunday.',
	'Admiral Giuseppe Cavo Dragone told the Financial Times that a pre-emptive strike could be considered a defensive action.',
	'The Kremlin called the remarks irresponsible and said they showed the alliance was preparing for escalation.',
	'Several member states cautioned that any change of posture would need consensus and careful legal review.',
	'Diplomats in Brussels said the debate was at an early stage and no decision had been taken.'
].join('\n\n');
const OTHER = [
	'Grain exports through the Black Sea corridor rose for the third month in a row, port officials reported.',
	'Traders said insurance costs had fallen after a quiet month, although shipping firms remained cautious.',
	'The ministry expects the harvest to exceed last year by about eight percent if the weather holds.'
].join('\n\n');

const existing: ExistingArticle[] = [
	{ id: 'grain', file: 'grain.md', headline: 'Grain', url: 'https://www.example.com/grain?utm_source=x', body: OTHER },
	{ id: 'nato', file: 'nato.md', headline: 'NATO', url: null, body: ARTICLE }
];

describe('fingerprint and similarity', () => {
	it('ignores case, punctuation and spacing, not word order', () => {
		const a = fingerprint('Hello, World! The quick brown fox.');
		expect(similarity(a, fingerprint('hello world   the QUICK brown fox'))).toMatchObject({ jaccard: 1, containment: 1 });
		expect(similarity(a, fingerprint('world hello the quick brown fox')).jaccard).toBeLessThan(1);
	});

	it('reads non-Latin words as words', () => {
		expect(fingerprint('Москва заявила сегодня о новых мерах').words).toBe(6);
		expect(similarity(fingerprint('Москва заявила сегодня о новых мерах'), fingerprint('МОСКВА заявила сегодня о новых мерах')).jaccard).toBe(1);
	});

	it('handles texts shorter than one shingle and empty texts', () => {
		expect(similarity(fingerprint('two words'), fingerprint('Two words.')).jaccard).toBe(1);
		expect(similarity(fingerprint(''), fingerprint('x')).jaccard).toBe(0);
	});
});

describe('findDuplicate', () => {
	it('finds the same text', () => {
		expect(findDuplicate({ body: ARTICLE, url: null }, existing)).toMatchObject({ id: 'nato', kind: 'same-text', similarity: 1 });
	});

	it('finds the same article with furniture left in (containment)', () => {
		const noisy = `By Jane Doe\nShare on Facebook | Email\n\n${ARTICLE}\n\nRelated articles\nSomething else entirely`;
		const match = findDuplicate({ body: noisy, url: null }, existing);
		expect(match).toMatchObject({ id: 'nato', kind: 'near-duplicate', containment: 1 });
		expect(match!.similarity).toBeLessThan(1);
	});

	it('finds a copy cut short', () => {
		const teaser = ARTICLE.slice(0, Math.floor(ARTICLE.length * 0.6));
		expect(findDuplicate({ body: teaser, url: null }, existing)).toMatchObject({ id: 'nato', kind: 'near-duplicate' });
	});

	it('does not flag a different article, nor a heavily edited one', () => {
		expect(findDuplicate({ body: 'A completely different report about elections in a faraway country, with new quotes.', url: null }, existing)).toBeNull();
		const edited = ARTICLE.split(' ')
			.map((w, i) => (i % 6 === 3 ? 'reportedly' : w))
			.join(' ');
		expect(findDuplicate({ body: edited, url: null }, existing)).toBeNull();
	});

	it('does not flag a short note that shares one sentence with a story article', () => {
		const note = 'Diplomats in Brussels said the debate was at an early stage and no decision had been taken.';
		expect(findDuplicate({ body: note, url: null }, existing)).toBeNull();
	});

	it('finds the same address whatever the text', () => {
		expect(findDuplicate({ body: 'New text entirely, nothing alike.', url: 'http://example.com/grain/#top' }, existing)).toMatchObject({ id: 'grain', kind: 'same-url' });
	});
});

describe('comparableUrl', () => {
	it.each([
		['https://www.Example.com/a/?utm_medium=x&id=3#c', 'https://example.com/a?id=3'],
		['http://example.com/a/', 'https://example.com/a'],
		['javascript:alert(1)', null],
		['nonsense', null],
		[null, null]
	])('%j -> %j', (url, expected) => expect(comparableUrl(url)).toBe(expected));
});
