import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import actorsData from '../data/actors.default.json';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import type { Statement, TextDoc } from '../types';
import { compileActors } from './actors';
import { findStatements } from './find-statements';
import { summarizeVoices } from './voices';

const nlp = createNlp();
const actors = compileActors(actorsData);

function analyse(text: string): { doc: TextDoc; statements: Statement[] } {
	const doc = readText(nlp, text);
	return { doc, statements: findStatements(doc, actors) };
}
const sidesOf = (statements: Statement[]) => [...new Set(statements.map((s) => s.side))].sort();

/** every span is the text it points at, inside the analysed range */
function spanProblems(doc: TextDoc, statements: Statement[]): string[] {
	const problems: string[] = [];
	for (const st of statements) {
		for (const sp of [st.speaker, st.resolvedSpeaker, st.cue, st.content, st.sentence]) {
			if (!sp) continue;
			if (sp.start < 0 || sp.end > doc.text.length || sp.end < sp.start) problems.push(`range ${sp.start}-${sp.end}`);
			else if (doc.text.slice(sp.start, sp.end) !== sp.text) problems.push(`text of ${sp.start}-${sp.end}`);
		}
		if (st.sentenceIndex < 0 || st.sentenceIndex >= doc.sentences.length) problems.push(`sentence ${st.sentenceIndex}`);
	}
	return problems;
}

// Worked examples of guide/statements.md and the seed sentences the brief names, copied from
// the seed articles (/work/shared/seeds). `sides` lists every side with a statement in the text.
const examples: {
	name: string;
	text: string;
	sides: string[];
	/** the first statement found */
	first?: Partial<{ side: string; kind: Statement['kind']; speaker: string; resolved: string; cue: string }>;
	/** the (sentence, side) kinds summarizeVoices reports */
	voices?: Record<string, Partial<{ statements: number; direct: number; reported: number; mixed: number }>>;
}[] = [
	{
		name: 'guide: Moscow responded angrily (seed 003)',
		text: 'Moscow responded angrily to the idea of a more forward leaning NATO.',
		sides: ['russia'],
		first: { side: 'russia', kind: 'reported', speaker: 'Moscow', cue: 'responded' }
	},
	{
		name: 'guide: the Kremlin accused / insisted (seed 001)',
		text: 'The Kremlin, meanwhile, has accused NATO of "warmongering" and repeatedly insisted it has no intention of attacking Europe, claiming Western governments are inflating threats to mask domestic weaknesses and justify rising defence spending.',
		sides: ['russia'],
		first: { side: 'russia', kind: 'mixed', speaker: 'The Kremlin', cue: 'accused' },
		voices: { russia: { statements: 1, mixed: 1 }, nato: { statements: 0 } }
	},
	{
		name: 'guide: incidents Moscow maintains (seed 001)',
		text: 'European NATO members have already intensified air patrols across its eastern fronts and the Baltic states following alleged Russian airspace violations — incidents Moscow maintains were accidental or mischaracterised.',
		sides: ['russia'],
		first: { side: 'russia', kind: 'reported', speaker: 'Moscow', cue: 'maintains' }
	},
	{
		name: 'guide: the object of a verb is not its speaker (seed 001)',
		text: 'The EU governments for their part have flat out rejected these arguments, accusing Russia of probing their defences.',
		sides: ['europe'],
		first: { side: 'europe', kind: 'reported', cue: 'rejected' },
		voices: { europe: { statements: 1, reported: 1 }, russia: { statements: 0 } }
	},
	{
		name: 'guide: He explained, a quotation over a line break (seed 003)',
		text: 'Speaking to the Financial Times, Dragone said NATO is now reassessing its stance in the face of mounting Russian sabotage operations across Europe.\nHe explained, “We are studying everything. On cyber, we are kind of reactive.\nBeing more aggressive or being proactive instead of reactive is something that we are thinking about.”',
		sides: ['nato']
	},
	{
		name: 'Gonchar accused and claimed (seed 003)',
		text: 'Denis Gonchar, Russia’s ambassador to Belgium, accused the alliance of “intimidating its population with the Kremlin’s non existent plans to attack” and claimed member states were “preparing for a major war with Russia.”',
		sides: ['russia'],
		first: { side: 'russia', kind: 'mixed', speaker: 'Denis Gonchar, Russia’s ambassador to Belgium', cue: 'accused' }
	},
	{
		name: 'Russia has vehemently condemned (seed 004)',
		text: 'Russia has vehemently condemned Cavallaro’s statements, accusing him of attempting to derail ongoing peace negotiations regarding the conflict in Ukraine.',
		sides: ['russia'],
		first: { side: 'russia', kind: 'reported', speaker: 'Russia', cue: 'condemned' }
	},
	{
		name: 'Zakharova labeled (seed 004)',
		text: 'Russian Foreign Ministry spokesperson Maria Zakharova labeled the comments a “targeted attempt to undermine efforts to resolve the Ukrainian crisis,” referencing a recent Russian peace plan – later presented by the US – that included proposals for territorial concessions and limitations on Ukrainian military strength.',
		sides: ['russia'],
		first: { side: 'russia', kind: 'mixed', speaker: 'Russian Foreign Ministry spokesperson Maria Zakharova', cue: 'labeled' }
	},
	{
		name: 'Moscow has denied (seed 001)',
		text: 'Moscow has denied conducting offensive cyber operations against Western institutions, insisting that it is itself the target of frequent attacks, including claims made by pro-Ukrainian groups.',
		sides: ['russia'],
		first: { side: 'russia', kind: 'reported', speaker: 'Moscow', cue: 'denied' }
	},
	{
		name: 'Valtonen with broken marks, then she (seed 000)',
		text: 'Finland’s Foreign Minister, Elina Valtonen, described this outcome as effectively giving Russia” carte blanche” beyond territorial limits. Like Admiral Dragone, she noted that a more assertive posture is under review, while warning against „hysterical” reactions and urged Allies to „trust” in existing operational frameworks.',
		sides: ['europe'],
		first: { side: 'europe', kind: 'mixed', speaker: 'Finland’s Foreign Minister, Elina Valtonen', cue: 'described' },
		voices: { europe: { statements: 2, mixed: 2 }, nato: { statements: 0 } }
	},
	{
		name: 'Komornicki with „ ” (seed 000)',
		text: 'In an interview for Onet, Polish General Leon Komornicki said that „neither NATO nor Poland has a strategy for conducting symmetric retaliatory actions vis-à-vis Russia.”',
		sides: ['europe'],
		first: { side: 'europe', kind: 'mixed', speaker: 'Polish General Leon Komornicki', cue: 'said' }
	},
	{
		name: 'he noted, resolved to the admiral named before (seed 000)',
		text: 'The clearest recent example comes from NATO’s Chair of Military Committee, Admiral Giuseppe Cavo Dragone. Speaking to the Financial Times, he noted that the Alliance is „studying everything,” acknowledging that NATO’s posture in cyberspace remains largely reactive.',
		sides: ['nato'],
		first: { side: 'nato', kind: 'mixed', speaker: 'he', resolved: 'Admiral Giuseppe Cavo Dragone', cue: 'noted' }
	},
	{
		name: 'In his words (seed 000)',
		text: 'The clearest recent example comes from NATO’s Chair of Military Committee, Admiral Giuseppe Cavo Dragone. He signalled a potential shift in thinking, suggesting that adopting a more assertive or proactive approach is under consideration. In his words, a „pre-emptive strike” could, under certain conditions, be understood as a form of „defensive action.”',
		sides: ['nato'],
		voices: { nato: { statements: 2, reported: 1, mixed: 1 } }
	},
	{
		name: 'a top admiral, named in the next sentence (seed 003)',
		text: 'NATO could be forced to fire the first shot against Russia as Vladimir Putins escalating shadow war on Europe pushes the alliance toward a possible shift in strategy, a top admiral has warned.\nAdmiral Giuseppe Cavo Dragone, chair of Nato’s Military Committee, said the alliance may be left with no choice but to adopt a preemptive posture, a significant shift from its long standing policy of reacting only after provocation.',
		sides: ['nato'],
		first: { side: 'nato', kind: 'reported', speaker: 'a top admiral', resolved: 'Admiral Giuseppe Cavo Dragone, chair of Nato’s Military Committee', cue: 'warned' }
	},
	{
		name: 'a closing mark used as an opener (seed 004)',
		text: 'Italian Foreign Minister Antonio Tajani further distanced himself from the admiral’s remarks,stating,”It’s not the statements,it’s the work.”',
		sides: ['europe'],
		first: { side: 'europe', kind: 'direct', speaker: 'Italian Foreign Minister Antonio Tajani', cue: 'stating' }
	},
	{
		name: 'a parenthetical attribution (seed 001)',
		text: "NATO's deliberations, Dragone noted, remain constrained by legal, ethical and jurisdictional limits, meaning consensus on any shift in posture is likely to be difficult.",
		sides: ['nato'],
		first: { side: 'nato', kind: 'reported', speaker: 'Dragone', cue: 'noted' }
	},
	{
		name: 'the attribution after the quotation (seed 001)',
		text: '"We are studying everything … being more aggressive or being proactive instead of reactive is something that we are thinking about," Dragone said, adding that even a "pre-emptive strike" could be framed as a defensive measure, though he acknowledged such a step would represent a significant departure from NATO\'s traditional approach.',
		sides: ['nato'],
		first: { side: 'nato', kind: 'direct', speaker: 'Dragone', cue: 'said' }
	},
	{
		name: 'passive with the speaker after by (seed 002)',
		text: 'This was stated by the Chair of NATO’s Military Committee, Admiral Giuseppe Cavo Dragone, according to the Financial Times.',
		sides: ['nato'],
		first: { side: 'nato', speaker: 'the Chair of NATO’s Military Committee, Admiral Giuseppe Cavo Dragone', cue: 'stated' }
	},
	{
		name: 'a list of countries as one speaker (seed 001)',
		text: 'The proposal has split EU capitals: Germany, France and Lithuania have cautioned that the plan is unrealistic given current technological and financial constraints, urging instead that member states prioritise more immediate upgrades to their own air-defence systems.',
		sides: ['europe'],
		first: { side: 'europe', kind: 'reported', speaker: 'Germany, France and Lithuania', cue: 'cautioned' }
	},
	{
		name: 'a quotation over four sentences is one group (seed 003)',
		text: 'A Baltic diplomat told the Financial Times, “If all we do is continue being reactive, we just invite Russia to keep trying, keep hurting us.\nHybrid warfare is asymmetric. It costs them little and us a lot. We need to be more inventive.”',
		sides: ['europe'],
		first: { side: 'europe', kind: 'direct', speaker: 'A Baltic diplomat', cue: 'told' }
	},
	// not statements
	{ name: 'an action is no statement', text: 'Moscow deployed troops near the border.', sides: [] },
	{ name: 'a headline topic and question', text: 'Proactive NATO: a real shift or rhetoric?', sides: [] },
	{ name: 'a byline', text: 'Author: Karolina Kisiel', sides: [] },
	{ name: 'a photo caption (seed 002)', text: 'NATO explores proposal to assess potential preventive steps regarding Russia Photo: NATO Military Committee Chair Admiral Giuseppe Cavo Dragone (Getty Images)', sides: [] },
	{ name: 'scare quotes are no statement', text: 'The „shadow fleet,” further complicates efforts to craft a fixed doctrine.', sides: [] },
	{ name: 'a negated verb attributes nothing', text: 'The Kremlin did not respond to requests for comment.', sides: [] },
	{ name: 'responding to attacks is no statement (seed 004)', text: 'The alliance was founded on principles of collective defense, primarily responding to attacks after they occur.', sides: [] }
];

describe('findStatements: worked examples from the seed articles', () => {
	it.each(examples)('$name', ({ text, sides, first, voices }) => {
		const { doc, statements } = analyse(text);
		expect(spanProblems(doc, statements)).toEqual([]);
		expect(sidesOf(statements)).toEqual(sides);
		if (first) {
			const st = statements[0];
			if (first.side) expect(st.side).toBe(first.side);
			if (first.kind) expect(st.kind).toBe(first.kind);
			if (first.speaker) expect(st.speaker?.text).toBe(first.speaker);
			if (first.resolved) expect(st.resolvedSpeaker?.text).toBe(first.resolved);
			if (first.cue) expect(st.cue?.text).toBe(first.cue);
		}
		if (voices) {
			const v = summarizeVoices(statements, doc, actors);
			for (const [side, expected] of Object.entries(voices)) expect(v[side]).toMatchObject(expected);
		}
	});
});

describe('findStatements: rules', () => {
	it('spreads a quotation over every sentence it covers, as one group with one speaker', () => {
		const { doc, statements } = analyse(examples.find((e) => e.name.startsWith('guide: He explained'))!.text);
		const he = statements.filter((s) => s.speaker?.text === 'He');
		expect(new Set(he.map((s) => s.group)).size).toBe(1);
		// every sentence of the quotation, on both lines, is covered
		const quoteSentences = doc.sentences.map((s, i) => ({ i, text: doc.text.slice(s.start, s.end) })).filter((s) => s.i > 0);
		expect(he.map((s) => s.sentenceIndex).sort()).toEqual(quoteSentences.map((s) => s.i));
		expect(he.every((s) => s.side === 'nato' && s.kind === 'direct' && s.resolvedSpeaker?.text === 'Dragone')).toBe(true);
		expect(he.some((s) => s.content.text.includes('thinking about'))).toBe(true);
		// the sentence on the second line is credited to NATO
		const last = doc.sentences.length - 1;
		expect(statements.some((s) => s.sentenceIndex === last && s.side === 'nato')).toBe(true);
	});

	it('continues a quotation that opens the sentence after a quoted statement', () => {
		const text = '“This is in their heads,” said Caddell. “It is one of the things worrying them.”\nThe polls moved.';
		const { statements } = analyse(text);
		expect(statements.map((s) => s.content.text)).toEqual(['“This is in their heads,”', '“It is one of the things worrying them.”']);
		expect(statements[0].group).toBe(statements[1].group);
		expect(statements[1].speaker?.text).toBe('Caddell');
	});

	it('finds inverted, dash, colon and according-to attributions', () => {
		const cases: [string, string, string][] = [
			['“The lack of reciprocity is deplorable,” said Elez Biberaj, the director of the VOA Eurasian division.', 'said', 'Elez Biberaj, the director of the VOA Eurasian division'],
			['“Maybe we can build a wall around him.” ― Steve Quinlan', '―', 'Steve Quinlan'],
			['Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health', ':', 'Pat Caddell'],
			['The top 1 percent would see an average tax cut, according to the Tax Foundation.', 'according to', 'the Tax Foundation'],
			['Trump’s claim that there have been thousands of shootings was checked.', 'claim', 'Trump']
		];
		for (const [text, cue, speaker] of cases) {
			const st = analyse(text).statements[0];
			expect(st?.cue?.text, text).toBe(cue);
			expect(st?.speaker?.text, text).toBe(speaker);
		}
	});

	it('explains each statement in plain English with its cue', () => {
		const { statements } = analyse(examples[0].text);
		expect(statements[0].rule).toBe("reported speech: speaker + cue 'responded' + reported clause");
	});

	it('counts quoted words inside the content only', () => {
		const { statements } = analyse('Komornicki said that „neither NATO nor Poland has a strategy.” Then he left.');
		expect(statements[0].quotedWords).toBe(7);
	});

	it('reports offsets into the whole file and stays inside the analysed range', () => {
		const text = 'Headline: Trump says he is ready\n\nMoscow responded angrily to the idea.';
		const start = text.indexOf('Moscow');
		const doc = readText(nlp, text, start);
		const statements = findStatements(doc, actors);
		expect(statements).toHaveLength(1);
		expect(statements[0].speaker).toEqual({ text: 'Moscow', start, end: start + 6 });
		expect(spanProblems(doc, statements)).toEqual([]);
	});
});

describe('findStatements on adversarial input', () => {
	const timed = (text: string, ms = 3000) => {
		const doc = readText(nlp, text);
		const t0 = performance.now();
		const statements = findStatements(doc, actors);
		const elapsed = performance.now() - t0;
		expect(spanProblems(doc, statements)).toEqual([]);
		expect(elapsed).toBeLessThan(ms);
	};
	it('100,000 apostrophes', () => timed("'".repeat(100_000)));
	it('only quotation marks', () => timed('"“”„«»‘’\'‟ '.repeat(5_000)));
	it('one 50,000-character line of attributions', () => timed('“We are ready,” he said, adding that “they” claimed, '.repeat(1_000).slice(0, 50_000)));
	it('a thousand cues in one sentence', () => timed(`${'Officials said, '.repeat(1_000)}nothing.`));

	it('never throws and keeps spans true on random text', () => {
		const words = fc.constantFrom('He', 'said', 'Moscow', 'told', '“', '”', '„', '"', "'", '’', ',', '.', ':', '—', 'according', 'to', 'the', 'Kremlin', 'claimed', 'that', '\n', 'who', 'she', 'and', 'insisting', 'by', 'was');
		fc.assert(
			fc.property(fc.oneof(fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
				const doc = readText(nlp, text);
				expect(spanProblems(doc, findStatements(doc, actors))).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});

const SEEDS = '../shared/seeds';
describe.skipIf(!existsSync(SEEDS))('findStatements on the seed articles', () => {
	const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
	it.each(seeds)('%s: spans are true and every side is in the actors list', (file) => {
		const { doc, statements } = analyse(readFileSync(`${SEEDS}/${file}`, 'utf8'));
		expect(spanProblems(doc, statements)).toEqual([]);
		for (const st of statements) expect(actors.sides).toContain(st.side);
	});
	it('finds Russia speaking in the three articles that quote Russia', () => {
		const russia = (prefix: string) => {
			const file = seeds.find((f) => f.startsWith(prefix))!;
			return summarizeVoices(analyse(readFileSync(`${SEEDS}/${file}`, 'utf8')).statements, readText(nlp, ''), actors).russia.statements;
		};
		expect(russia('001')).toBeGreaterThanOrEqual(3);
		expect(russia('003')).toBeGreaterThanOrEqual(2);
		expect(russia('004')).toBeGreaterThanOrEqual(3);
		expect(russia('000')).toBe(0);
	});
});
