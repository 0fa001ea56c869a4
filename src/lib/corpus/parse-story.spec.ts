import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import defaultActors from '../analysis/data/actors.default.json';
import { fieldPath, parseStory } from './parse-story';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseStory', () => {
	it('reads story.yaml with actors, word-list changes and hits marked wrong', () => {
		const { story, problems } = parseStory('story.yaml', fixture('story.yaml'));
		expect(problems).toEqual([]);
		expect(story).toEqual({
			title: "NATO's 'proactive' posture toward Russia (December 2025)",
			description: "Five outlets on the NATO admiral's interview.",
			actors: {
				version: 'test-actors',
				fallback: 'other',
				sides: [
					{ id: 'russia', label: 'Russia', sources: ['Russia', 'Kremlin'] },
					{ id: 'other', label: 'Other sources', sources: [] }
				]
			},
			lexicon: { assertive: { force: { add: ['forceful'] } }, cautious: { deterrence: { label: 'Deterrence', terms: ['deter'] } } },
			ignoredHits: [{ article: 'archyde.md', start: 120, end: 123, term: 'may [modal]', text: 'May', note: 'the month' }]
		});
	});

	it('reads story.json', () => {
		const { story, problems } = parseStory('story.json', fixture('story.json'));
		expect(problems).toEqual([]);
		expect(story!.title).toBe('A story in JSON');
		expect(story!.description).toBe('');
		expect(story!.actors.sides.map((s) => s.id)).toEqual(['nato', 'other']);
	});

	it('accepts the default actors file as a story actors block', () => {
		const { story, problems } = parseStory('story.json', JSON.stringify({ title: 'T', actors: defaultActors }));
		expect(problems).toEqual([]);
		expect(story!.actors).toEqual(defaultActors);
	});

	it('uses the default actors when a story gives none, and says so', () => {
		const { story, problems } = parseStory('story.yaml', 'title: Only a title\n');
		expect(story!.actors).toEqual(defaultActors);
		expect(problems).toEqual([expect.objectContaining({ field: 'actors', severity: 'warning' })]);
	});

	it('reports every bad field by its path and line', () => {
		const { story, problems } = parseStory('bad-story.yaml', fixture('bad-story.yaml'));
		expect(story).toBeNull();
		expect(problems.map((p) => [p.field, p.line, p.severity])).toEqual([
			['summary', 2, 'warning'],
			['title', 1, 'error'],
			['actors.sides[0].id', 6, 'error'],
			['actors.sides[1].sources', 11, 'error'],
			['lexicon', 12, 'error']
		]);
		for (const p of problems) expect(p.fix.length).toBeGreaterThan(10);
	});

	it.each([
		[
			'an unknown fallback side',
			'title: T\nactors:\n  fallback: neutral\n  sides:\n    - {id: nato, label: NATO, sources: [NATO]}\n',
			'actors.fallback',
			3
		],
		[
			'a repeated side id',
			'title: T\nactors:\n  sides:\n    - {id: other, label: A, sources: []}\n    - {id: other, label: B, sources: []}\n',
			'actors.sides[1].id',
			5
		],
		['a missing title', 'description: no title\n', 'title', 1],
		['sides that are not a list', 'title: T\nactors:\n  sides: nato\n', 'actors.sides', 3]
	])('reports %s', (_name, text, field, line) => {
		const { story, problems } = parseStory('story.yaml', text);
		expect(story).toBeNull();
		expect(problems).toEqual([expect.objectContaining({ field, line, severity: 'error' })]);
	});

	const hit = '{article: a.md, start: 10, end: 13, term: may, text: May}';
	it.each([
		['a lexicon that is a list', 'lexicon: [a, b]\n', 'lexicon', 2, /should be a set of fields, `assertive:`/],
		['an unknown pole', 'lexicon:\n  neutral: {}\n', 'lexicon', 3, /unknown poles `neutral`/],
		['a bad category id', 'lexicon:\n  assertive:\n    Big Words: {add: [x]}\n', 'lexicon.assertive.Big Words', 4, /not a category id/],
		['a category given as a list', 'lexicon:\n  assertive:\n    force: [forceful]\n', 'lexicon.assertive.force', 4, /should be a set of fields \(label, description/],
		['an unknown category field', 'lexicon:\n  assertive:\n    force: {extra: [x]}\n', 'lexicon.assertive.force', 4, /unknown fields `extra`/],
		['an entry that is not text', 'lexicon:\n  assertive:\n    force:\n      add: [[a, b]]\n', 'lexicon.assertive.force.add[0]', 5, /word or phrase as text/],
		['an empty entry', 'lexicon:\n  cautious:\n    hedges:\n      remove: ["  "]\n', 'lexicon.cautious.hedges.remove[0]', 5, /should not be empty/],
		['a too long entry', `lexicon:\n  cautious:\n    hedges:\n      add: [${'x'.repeat(101)}]\n`, 'lexicon.cautious.hedges.add[0]', 5, /at most 100 characters/],
		['a removed category with entries', 'lexicon:\n  assertive:\n    force: {removed: true, add: [x]}\n', 'lexicon.assertive.force.removed', 4, /keep one of the two/],
		['ignoredHits that is not a list', 'ignoredHits: yes\n', 'ignoredHits', 2, /should be a list of hits/],
		['a hit without text', 'ignoredHits:\n  - {article: a.md, start: 1, end: 2, term: x}\n', 'ignoredHits[0].text', 3, /should be the text of the hit/],
		['a hit whose article is a path', `ignoredHits:\n  - ${hit.replace('a.md', '../b/a.md')}\n`, 'ignoredHits[0].article', 3, /not a path/],
		['a hit with a negative offset', `ignoredHits:\n  - ${hit.replace('start: 10', 'start: -1')}\n`, 'ignoredHits[0].start', 3, /not be negative/],
		['a hit whose span does not fit its text', `ignoredHits:\n  - ${hit.replace('end: 13', 'end: 15')}\n`, 'ignoredHits[0].end', 3, /start \+ the length of text \(10 \+ 3 = 13\)/],
		['a hit with an unknown field', `ignoredHits:\n  - ${hit.replace('}', ', why: x}')}\n`, 'ignoredHits[0]', 3, /unknown fields `why`/]
	])('reports %s by its field', (_name, body, field, line, message) => {
		const { story, problems } = parseStory('story.yaml', `title: T\n${body}`);
		expect(story).toBeNull();
		expect(problems).toEqual([expect.objectContaining({ field, line, severity: 'error' })]);
		expect(problems[0].message).toMatch(message);
		expect(problems[0].fix).toMatch(field.startsWith('lexicon') ? /lexicon/ : /article/);
	});

	it('accepts the changes the lexicon editor writes', () => {
		const text = 'title: T\nlexicon:\n  assertive:\n    urgency: {removed: true}\n    force: {label: Force, description: "", remove: [aggressive]}\n';
		const { story, problems } = parseStory('story.yaml', text);
		expect(problems.filter((p) => p.field !== 'actors')).toEqual([]);
		expect(story!.lexicon).toEqual({ assertive: { urgency: { removed: true }, force: { label: 'Force', description: '', remove: ['aggressive'] } } });
	});

	it.each([
		['empty', 'story.yaml', '', /empty/],
		['invalid YAML', 'story.yaml', 'title: [unclosed\n', /not valid YAML/],
		['invalid JSON', 'story.json', '{"title": "T",}', /not valid JSON/],
		['a list', 'story.yaml', '- a\n- b\n', /not a set of `key: value` fields/]
	])('refuses %s', (_name, file, text, message) => {
		const { story, problems } = parseStory(file, text);
		expect(story).toBeNull();
		expect(problems[0].message).toMatch(message);
	});

	it('builds field paths as people write them', () => {
		expect(fieldPath(['actors', 'sides', 2, 'id'])).toBe('actors.sides[2].id');
		expect(fieldPath(['title'])).toBe('title');
	});

	it('refuses a YAML alias bomb instead of expanding it', () => {
		const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 10; i++) {
			const prev = String.fromCharCode(96 + i);
			levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
		}
		const { story, problems } = parseStory('story.yaml', `title: T\n${levels.join('\n')}\n`);
		expect(story).toBeNull();
		expect(problems.at(-1)!.message).toMatch(/cannot be expanded/);
	});

	it('reports at most 20 field problems and counts the rest', () => {
		const sides = '    - {id: X, label: A, sources: []}\n'.repeat(30);
		const { problems } = parseStory('story.yaml', `title: T\nactors:\n  sides:\n${sides}`);
		expect(problems).toHaveLength(21);
		// 30 bad ids, 29 repeated ids, 1 missing fallback side
		expect(problems[20].message).toBe('and 40 more problems like these');
	});
});
