import type { Token, ToneScore, WordContribution } from '../types';
import { baseForms } from './inflection';
import type { Entry, Phrase, Rating, ToneLexicon } from './lexicon';

/**
 * How the scored words combine into the two scores (also spelt out in each contribution's note):
 * - valence: the modified word values add up to a raw sum S; the score is S / sqrt(S² + SQUASH),
 *   which keeps it in (-1, 1) and lets a second strong word add less than the first (as VADER's
 *   normalisation does). Each word's shown contribution is its value times score / S, so the
 *   contributions add up exactly to the score.
 * - alarm: the modified word weights a (each in [0, 1]) combine as 1 - Π(1 - a), "the chance that at
 *   least one of them alarms"; each word's shown contribution is its share a / Σa of that total, so
 *   the contributions add up exactly to the score.
 */
export const SQUASH = 1;

// punctuation that ends the reach of a negator or an intensifier
const SCOPE_BREAK = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '—', '–', '|', '…']);

export interface Item {
	first: number;
	last: number;
	valence: number;
	alarm: number;
	notes: string[] | null;
}

interface Match {
	last: number;
	text: string;
	valence: Rating | null;
	alarm: Rating | null;
}

const isWord = (t: Token) => t.type === 'word';
const capitalised = (t: Token) => {
	const c = t.value.charCodeAt(0);
	return c >= 65 && c <= 90;
};

/** wink tags Title Case words PROPN and leaves them un-lemmatised, so only they get base-form guesses */
function needsBaseForms(t: Token): boolean {
	return t.pos === 'PROPN' || capitalised(t);
}

/**
 * The lexicon entries of a token's forms: as written (lower-cased), wink's lemma, and for Title Case
 * words the guessed base forms. Valence takes the highest-priority rating (news list over general),
 * alarm and phrases the first found. Two map lookups for most tokens.
 */
function resolve(lex: ToneLexicon, t: Token, byNormal = lex.entries.get(t.normal), byLemma = t.lemma !== t.normal ? lex.entries.get(t.lemma) : undefined): Match | null {
	if (!byNormal && !byLemma && !needsBaseForms(t)) return null;
	const found: Match = { last: -1, text: t.normal, valence: null, alarm: null };
	take(found, byNormal);
	take(found, byLemma);
	if (needsBaseForms(t) && (!found.valence || !found.alarm || found.valence.priority === 0)) {
		for (const form of baseForms(t.normal)) take(found, lex.entries.get(form));
	}
	return found.valence || found.alarm ? found : null;
}

// a plain function, not a closure: resolve runs once per word of every body
function take(found: Match, e: Entry | undefined): void {
	if (!e) return;
	if (e.valence && (!found.valence || e.valence.priority > found.valence.priority)) found.valence = e.valence;
	found.alarm ??= e.alarm;
}

function phrasesFor(lex: ToneLexicon, t: Token, byNormal: Entry | undefined, byLemma: Entry | undefined): Phrase[] | null {
	if (byNormal?.phrases) return byNormal.phrases;
	if (byLemma?.phrases) return byLemma.phrases;
	if (needsBaseForms(t)) {
		for (const form of baseForms(t.normal)) {
			const p = lex.entries.get(form)?.phrases;
			if (p) return p;
		}
	}
	return null;
}

function matches(t: Token, word: string): boolean {
	if (t.normal === word || t.lemma === word) return true;
	return needsBaseForms(t) && baseForms(t.normal).includes(word);
}

// a hyphen glued to the words on both sides ("cease-fire", "car-bomb") joins them
function isJoiningHyphen(tokens: Token[], j: number, to: number): boolean {
	const h = tokens[j];
	return (h.value === '-' || h.value === '‐' || h.value === '‑') && j > 0 && j + 1 < to && tokens[j - 1].end === h.start && h.end === tokens[j + 1].start;
}

function matchPhrase(tokens: Token[], i: number, to: number, lex: ToneLexicon, byNormal: Entry | undefined, byLemma: Entry | undefined): Match | null {
	const list = phrasesFor(lex, tokens[i], byNormal, byLemma);
	if (!list) return null;
	for (const p of list) {
		let j = i;
		let ok = true;
		for (let k = 1; k < p.words.length && ok; k++) {
			j++;
			if (j < to && isJoiningHyphen(tokens, j, to)) j++;
			ok = j < to && isWord(tokens[j]) && matches(tokens[j], p.words[k]);
		}
		if (!ok) continue;
		// a side the phrase leaves unrated comes from its strongest word
		let valence: Rating | null = p.valence;
		let alarm: Rating | null = p.alarm;
		if (!p.valence || !p.alarm) {
			for (let k = i; k <= j; k++) {
				const w = isWord(tokens[k]) ? resolve(lex, tokens[k]) : null;
				if (!w) continue;
				if (!p.valence && w.valence && (!valence || Math.abs(w.valence.value) > Math.abs(valence.value))) valence = w.valence;
				if (!p.alarm && w.alarm && (!alarm || w.alarm.value > alarm.value)) alarm = w.alarm;
			}
		}
		return { last: j, text: p.key, valence, alarm };
	}
	return null;
}

function matchCompound(tokens: Token[], i: number, to: number, lex: ToneLexicon): Match | null {
	if (i + 2 >= to || !isJoiningHyphen(tokens, i + 1, to) || !isWord(tokens[i + 2])) return null;
	const joined = tokens[i].normal + tokens[i + 2].normal;
	let e = lex.entries.get(joined);
	if (!e || (!e.valence && !e.alarm)) for (const form of baseForms(joined)) if ((e = lex.entries.get(form)) && (e.valence || e.alarm)) break;
	return e && (e.valence || e.alarm) ? { last: i + 2, text: joined, valence: e.valence, alarm: e.alarm } : null;
}

/** Title Case sentences (headlines) capitalise ordinary words, so capitals say nothing about names there */
function isTitleCase(tokens: Token[], from: number, to: number): boolean {
	let long = 0;
	let caps = 0;
	for (let i = from; i < to; i++) {
		const t = tokens[i];
		if (!isWord(t) || t.value.length < 4) continue;
		long++;
		if (capitalised(t)) caps++;
	}
	return long > 0 && caps / long >= 0.6;
}

const fmt = (x: number) => (Math.round(x * 100) / 100).toString().replace('-', '−');

/**
 * Finds the scored words of tokens[from, to) with their modified values. Sentences are told apart
 * by Token.sentence; negation, intensifiers and "but" act within a sentence. With `explain` false no
 * notes are built (body scoring).
 */
export function scoreRange(tokens: Token[], from: number, to: number, lex: ToneLexicon, explain: boolean): Item[] {
	const items: Item[] = [];
	const f = lex.factors;
	let sentence = -1;
	let sentenceItems = 0;
	let sentenceEnd = from;
	let titleCase = false;
	let wordPos = 0;
	let firstWord = true;
	let negatorPos = -Infinity;
	let negator = '';
	let modifierPos = -Infinity;
	let modifier = '';
	let modifierFactor = 1;
	let contrast = '';

	for (let i = from; i < to; i++) {
		const t = tokens[i];
		if (t.sentence !== sentence || i >= sentenceEnd) {
			sentence = t.sentence;
			sentenceEnd = i;
			while (sentenceEnd < to && tokens[sentenceEnd].sentence === sentence) sentenceEnd++;
			titleCase = isTitleCase(tokens, i, sentenceEnd);
			sentenceItems = items.length;
			firstWord = true;
			negatorPos = modifierPos = -Infinity;
			contrast = '';
		}
		if (!isWord(t)) {
			if (SCOPE_BREAK.has(t.value)) negatorPos = modifierPos = -Infinity;
			continue;
		}
		const pos = wordPos++;
		const wasFirst = firstWord;
		firstWord = false;
		const byNormal = lex.entries.get(t.normal);
		const role = byNormal?.role;
		if (role === 'negator') {
			negatorPos = pos;
			negator = t.value;
			continue;
		}
		if (role === 'intensifier' || role === 'dampener') {
			modifierPos = pos;
			modifier = t.value;
			modifierFactor = role === 'intensifier' ? f.intensifier : f.dampener;
			continue;
		}
		// "yet" contrasts only as a conjunction ("small yet deadly"), not in "not yet"
		if (role === 'contrast' && (t.normal !== 'yet' || t.pos === 'CCONJ')) {
			if (!contrast) {
				contrast = t.value;
				for (let k = sentenceItems; k < items.length; k++) {
					const it = items[k];
					it.valence *= f.contrastBefore;
					it.alarm *= f.contrastBefore;
					it.notes?.push(`before “${contrast}” ×${fmt(f.contrastBefore)}`);
				}
			}
			negatorPos = modifierPos = -Infinity;
			continue;
		}
		if (role === 'break' && t.pos !== 'ADJ') {
			negatorPos = modifierPos = -Infinity;
			continue;
		}
		// a capitalised word inside ordinary running text is a name ("Hope", "Mercy Hospital")
		if (!wasFirst && !titleCase && capitalised(t) && t.value !== t.value.toUpperCase()) continue;

		const byLemma = t.lemma !== t.normal ? lex.entries.get(t.lemma) : undefined;
		const m = matchPhrase(tokens, i, to, lex, byNormal, byLemma) ?? matchCompound(tokens, i, to, lex) ?? resolve(lex, t, byNormal, byLemma);
		if (!m) continue;
		const last = m.last < 0 ? i : m.last;
		let valence = m.valence?.value ?? 0;
		let alarm = m.alarm?.value ?? 0;
		const notes: string[] | null = explain ? [] : null;
		if (notes) {
			if (m.valence) notes.push(`“${m.text}” valence ${fmt(m.valence.value)} (${m.valence.source})`);
			if (m.alarm) notes.push(`${m.valence ? '' : `“${m.text}” `}alarm ${fmt(m.alarm.value)} (${m.alarm.source})`);
		}
		if (pos - negatorPos <= f.negationWindow) {
			valence *= f.negationValence;
			alarm *= f.negationAlarm;
			notes?.push(`negated by “${negator}”: valence ×${fmt(f.negationValence)}, alarm ×${fmt(f.negationAlarm)}`);
		}
		if (pos - modifierPos <= f.modifierWindow) {
			valence *= modifierFactor;
			alarm = Math.min(1, alarm * modifierFactor);
			notes?.push(`${modifierFactor > 1 ? 'intensified' : 'damped'} by “${modifier}” ×${fmt(modifierFactor)}`);
			// an intensifier modifies the next scored word only ("massive blast kills": not "kills")
			modifierPos = -Infinity;
		}
		if (contrast) {
			valence *= f.contrastAfter;
			alarm = Math.min(1, alarm * f.contrastAfter);
			notes?.push(`after “${contrast}” ×${fmt(f.contrastAfter)}`);
		}
		items.push({ first: i, last, valence, alarm, notes });
		// the words of a phrase are spent; modifiers reach past it as past any word
		for (let k = i + 1; k <= last; k++) if (isWord(tokens[k])) wordPos++;
		i = last;
	}
	return items;
}

/** Combines items into the two scores by the rules stated at SQUASH. */
export function combine(items: Item[]): { valence: number; alarm: number; valenceScale: number; alarmScale: number } {
	let sum = 0;
	let keep = 1;
	let alarmSum = 0;
	for (const it of items) {
		sum += it.valence;
		const a = Math.max(0, Math.min(1, it.alarm));
		keep *= 1 - a;
		alarmSum += a;
	}
	const valence = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + SQUASH);
	const alarm = alarmSum === 0 ? 0 : 1 - keep;
	return { valence, alarm, valenceScale: sum === 0 ? 0 : valence / sum, alarmScale: alarmSum === 0 ? 0 : alarm / alarmSum };
}

/** Scores and explains; contributions carry the tokens' offsets plus `offset`. */
export function explainRange(tokens: Token[], from: number, to: number, lex: ToneLexicon, offset = 0): ToneScore {
	const items = scoreRange(tokens, from, to, lex, true);
	const { valence, alarm, valenceScale, alarmScale } = combine(items);
	const valenceNote = `shown valence = value × ${fmt(valenceScale)} (score S/√(S²+${SQUASH}) over raw sum S)`;
	const alarmNote = `shown alarm = weight × ${fmt(alarmScale)} (its share of 1−Π(1−a))`;
	const contributions: WordContribution[] = items.map((it) => {
		const a = Math.max(0, Math.min(1, it.alarm));
		const notes = it.notes ?? [];
		if (it.valence !== 0) notes.push(valenceNote);
		if (a > 0) notes.push(alarmNote);
		return {
			text: joinText(tokens, it.first, it.last),
			start: tokens[it.first].start + offset,
			end: tokens[it.last].end + offset,
			valence: it.valence * valenceScale,
			alarm: a * alarmScale,
			note: notes.join('; ')
		};
	});
	return { valence, alarm, contributions };
}

// tokens keep no copy of the text between them, so rebuild it from the values and their gaps
function joinText(tokens: Token[], first: number, last: number): string {
	let s = tokens[first].value;
	for (let k = first + 1; k <= last; k++) s += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].value;
	return s;
}
