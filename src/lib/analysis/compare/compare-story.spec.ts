import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../corpus';
import { createEngine, defaultActors } from '../engine';
import { createNlp } from '../nlp';
import { readArticle, reportArticle, type Engine } from '../report/analyze-article';
import { compareStory, type CompareInput } from '.';
import type { StoryAlignment } from './types';

const ROOT = resolve(import.meta.dirname, '../../../..');
const BUNDLED = join(ROOT, 'corpus/nato-proactive-2025');
const POLNEAR = join(ROOT, '../shared/data/polnear/dev/text');

let engine: Engine;
beforeAll(() => {
	engine = createEngine(createNlp());
});

function input(path: string, text: string): CompareInput {
	const { article } = parseArticle(path, text);
	if (!article) throw new Error(`${path} did not parse`);
	const a = { ...article, path };
	const read = readArticle(engine.nlp, a);
	if (!read.ok) throw new Error(`${path}: ${read.reason}`);
	return { doc: read.doc, report: reportArticle(engine, a, read) };
}

const compare = (inputs: CompareInput[]) => compareStory(inputs, { actors: engine.actors, sides: defaultActors.sides });

function compareFolder(dir: string, files?: string[]): StoryAlignment {
	const names = files ?? readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
	return compare(names.map((f) => input(f, readFileSync(join(dir, f), 'utf8'))));
}

const outletArticle = (outlet: string, body: string) => `---\noutlet: ${outlet}\nheadline: ${outlet} on the story\n---\n${body}\n`;

describe('compareStory on constructed articles', () => {
	let result: StoryAlignment;
	beforeAll(() => {
		result = compare([
			input('a.md', outletArticle('Alpha', 'The Kremlin said the cable cuts in the Baltic Sea were a provocation staged by Western navies. Prices of bread rose in the capital last week.')),
			input('b.md', outletArticle('Beta', 'Moscow warned that the cable cuts in the Baltic Sea may be a provocation staged by Western navies. Local football teams played on Saturday.')),
			input('c.md', outletArticle('Gamma', 'The weather was mild across the region. Farmers expect a good harvest this autumn.'))
		]);
	});

	it('groups the sentences that report the same thing, one passage per article, and names what is missing', () => {
		expect(result.groups).toHaveLength(1);
		const [group] = result.groups;
		expect(group.articles).toEqual([0, 1]);
		expect(group.missing).toEqual([2]);
		expect(group.members.map((m) => m.text)).toEqual([
			'The Kremlin said the cable cuts in the Baltic Sea were a provocation staged by Western navies.',
			'Moscow warned that the cable cuts in the Baltic Sea may be a provocation staged by Western navies.'
		]);
		expect(group.label).toContain('cable cuts in the Baltic Sea');
	});

	it('marks the words a member changed, with offsets into its article text', () => {
		const [group] = result.groups;
		const other = group.members.find((_, i) => i !== group.reference)!;
		expect(other.differences.length).toBeGreaterThan(0);
		const changed = other.differences.map((d) => d.text).join(' ');
		expect(changed).toMatch(/Kremlin|Moscow/);
		expect(changed).toMatch(/said|warned/);
		expect(changed).not.toContain('cable');
	});

	it('lists the wording differences: attribution verb, hedge, and the label for the same side', () => {
		const summaries = result.groups[0].differences.map((d) => `${d.kind}: ${d.summary}`);
		expect(summaries).toContainEqual(expect.stringMatching(/^verb: attribution: said \/ warned$/));
		expect(summaries).toContainEqual(expect.stringMatching(/^hedge: .*may/));
		expect(summaries).toContainEqual(expect.stringMatching(/^label: Russia named as: (Kremlin|The Kremlin) \/ Moscow$/));
	});

	it('says which side an article never quotes and which groups most others carry', () => {
		expect(result.omissions[2]).toEqual({ article: 2, sides: ['russia'], groups: [0] });
		expect(result.omissions[0].sides).toEqual([]);
	});

	it('gives a symmetric similarity matrix with 1 on the diagonal', () => {
		const m = result.similarity;
		expect(m.map((row, i) => row[i])).toEqual([1, 1, 1]);
		expect(m[0][1]).toBe(m[1][0]);
		expect(m[0][1]).toBeGreaterThan(m[0][2]);
	});

	it('finds numbers that cannot both be right in sentences that report the same thing', () => {
		const r = compare([
			input('a.md', outletArticle('Alpha', 'The storm damaged over 300 houses in the coastal town of Varna on Monday night.')),
			input('b.md', outletArticle('Beta', 'The storm damaged nearly 200 houses in the coastal town of Varna on Monday night.'))
		]);
		expect(r.divergences).toHaveLength(1);
		expect(r.divergences[0]).toMatchObject({ kind: 'number', about: 'the number of houses', withinArticle: false });
		expect(r.divergences[0].mentions.map((m) => m.value)).toEqual(['over 300 houses', 'nearly 200 houses']);
	});

	it('does not call numbers that agree a divergence', () => {
		const r = compare([
			input('a.md', outletArticle('Alpha', 'The storm damaged about 300 houses in the coastal town of Varna on Monday night.')),
			input('b.md', outletArticle('Beta', 'The storm damaged 310 houses in the coastal town of Varna on Monday night.'))
		]);
		expect(r.divergences).toEqual([]);
	});

	it('compares one article with nothing without failing', () => {
		const r = compare([input('a.md', outletArticle('Alpha', 'Only one article is here today.'))]);
		expect(r.groups).toEqual([]);
		expect(r.similarity).toEqual([[1]]);
	});
});

describe('compareStory on the bundled story', () => {
	let result: StoryAlignment;
	const outlet = (i: number) => result.articles[i].outlet;
	beforeAll(() => {
		result = compareFolder(BUNDLED);
	});

	it('puts the outlets that quote "studying everything" in one group', () => {
		const group = result.groups.find((g) => g.members.some((m) => /studying everything/i.test(m.text)))!;
		expect(group).toBeDefined();
		const quoting = result.articles.flatMap((a, i) =>
			readFileSync(join(BUNDLED, a.path), 'utf8').includes('studying everything') ? [i] : []
		);
		expect(quoting.length).toBeGreaterThanOrEqual(4);
		expect(group.articles).toEqual(quoting);
		expect(group.members.every((m) => /studying everything|proactive instead of/i.test(m.text))).toBe(true);
	});

	it('flags the admiral named Cavallaro in one article and Cavo Dragone in the others', () => {
		const d = result.divergences.find((x) => x.kind === 'name')!;
		expect(d.about).toBe('the person called Admiral Giuseppe …');
		const values = new Set(d.mentions.map((m) => m.value));
		expect(values).toEqual(new Set(['Giuseppe Cavallaro', 'Giuseppe Cavo Dragone']));
		expect(d.mentions.find((m) => m.value === 'Giuseppe Cavallaro')!.article).toBe(result.articles.findIndex((a) => a.outlet === 'Archyde'));
		for (const m of d.mentions) expect(readFileSync(join(BUNDLED, result.articles[m.article].path), 'utf8').slice(m.start, m.end)).toBe(m.text);
	});

	it('flags "over one billion" against "nearly a billion" citizens, within one article', () => {
		const d = result.divergences.find((x) => x.kind === 'number')!;
		expect(d.mentions.map((m) => m.value)).toEqual(['over one billion citizens', 'nearly a billion citizens']);
		expect(d.withinArticle).toBe(true);
	});

	it('flags the interview dated "October 18th" in one article and "Sunday" in another', () => {
		const d = result.divergences.find((x) => x.kind === 'date')!;
		expect(d.about).toBe('the date of the interview or remarks');
		expect(d.mentions.map((m) => `${outlet(m.article)}: ${m.value}`).sort()).toEqual(['Archyde: October 18th', 'Illustrated Daily News: Sunday']);
	});

	it('says which outlets never give Russia a voice', () => {
		const silent = result.omissions.filter((o) => o.sides.includes('russia')).map((o) => outlet(o.article));
		expect(silent.sort()).toEqual(['Defence24', 'RBC-Ukraine']);
	});

	it('does not group sentences that share only loose words ("importance", "maintain", "strong")', () => {
		const bullet = result.groups.find((g) => g.members.some((m) => /importance of maintaining a strong/.test(m.text)));
		expect(bullet).toBeUndefined();
		// while a weak match that shares a phrase stays: both urge NATO off its "purely reactive" stance
		const reactive = result.groups.find((g) => g.members.some((m) => /abandon its purely reactive stance/.test(m.text)))!;
		expect(reactive.members.map((m) => outlet(m.article)).sort()).toEqual(['Expressive Info', 'RBC-Ukraine']);
	});

	it('finds the quotation two outlets share word for word', () => {
		const p = result.passages.find((x) => /proactive instead of reactive/.test(x.spanA.text))!;
		expect(p.words).toBeGreaterThanOrEqual(8);
		expect([outlet(p.a), outlet(p.b)].sort()).toEqual(['Expressive Info', 'Illustrated Daily News']);
	});
});

describe.skipIf(!existsSync(POLNEAR))('compareStory on stories built from the PolNeAR development texts', () => {
	it('aligns the same Trump quote in two outlets reporting on his taxes, and finds it as a shared passage', () => {
		const files = readdirSync(POLNEAR).filter((f) => /^(nyt_2016-09-30_keep|breitbart_2016-10-03|politico_2016-10-04|west-journal_2016-10-04|nyt_2016-10-04)/.test(f));
		expect(files).toHaveLength(5);
		const r = compareFolder(POLNEAR, files);
		const group = r.groups.find((g) => g.members.some((m) => m.text.includes('The unfairness of the tax laws is unbelievable')))!;
		const publishers = group.articles.map((a) => r.articles[a].path.split('_')[0]).sort();
		expect(publishers).toEqual(['politico', 'west-journal']);
		// "at a campaign stop this week" against "Monday": the changed words are marked
		expect(group.members.flatMap((m) => m.differences.map((d) => d.text)).join(' ')).toMatch(/Monday|campaign stop/);
		expect(r.passages.some((p) => p.spanA.text.includes('unfairness of the tax laws'))).toBe(true);
	});

	it('aligns the debate line two outlets both quote', () => {
		const files = readdirSync(POLNEAR).filter((f) => /^(huff-post_2016-09-27|breitbart_2016-09-29|wash-post_2016-09-29|west-journal_2016-09-30)/.test(f));
		const r = compareFolder(POLNEAR, files);
		const group = r.groups.find((g) => g.members.some((m) => m.text.includes('walk down the street')))!;
		const publishers = group.members.map((m) => r.articles[m.article].path.slice(0, 20));
		expect(publishers).toEqual(['breitbart_2016-09-29', 'huff-post_2016-09-27']);
		expect(group.members.every((m) => m.text.includes('walk down the street'))).toBe(true);
	});
});
