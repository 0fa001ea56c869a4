import type { LexiconData, LexiconSubcategory, Pole } from '../types';

/**
 * A story's changes to one subcategory of the default word lists. A story stores differences, not a
 * copy, so later improvements of the default lists still reach it:
 *
 *   lexicon:
 *     cautious:
 *       hedges: { remove: ['may [modal]'] }          # drop an entry of a default list
 *     assertive:
 *       force: { add: [forceful] }                   # add an entry to a default list
 *       deterrence:                                  # a category the story adds
 *         label: Deterrence
 *         terms: [deter, deterrent]
 *       urgency: { removed: true }                   # leave a default category out
 */
export interface SubcategoryOverride {
	label?: string;
	description?: string;
	/** the whole list: for a category the story adds (or replaces outright) */
	terms?: string[];
	add?: string[];
	remove?: string[];
	/** leave this default category out of the story's lists */
	removed?: boolean;
}

export type LexiconOverride = Partial<Record<Pole, Record<string, SubcategoryOverride>>>;

export const POLES: readonly Pole[] = ['assertive', 'cautious'];

/** Bounds on what a story may add, so a story file stays readable and a compile stays fast. */
export const LEXICON_LIMITS = {
	termLength: 100,
	termsPerList: 2000,
	subcategoriesPerPole: 30,
	labelLength: 80,
	descriptionLength: 400
} as const;

/** Subcategory ids are written into story files and form field names. */
export const SUBCATEGORY_ID = /^[a-z][a-z0-9_-]{0,39}$/;

/** Entries are compared as people read them: case and runs of spaces do not make a new entry. */
export function termKey(term: string): string {
	return term.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The story's word lists: the base lists with the story's differences applied. The base is not changed. */
export function applyLexiconOverride(base: LexiconData, override: LexiconOverride | null | undefined): LexiconData {
	const poles = {} as LexiconData['poles'];
	for (const pole of POLES) {
		const source = base.poles[pole];
		const changes = override?.[pole] ?? {};
		const subcategories: Record<string, LexiconSubcategory> = {};
		for (const [id, sub] of Object.entries(source.subcategories)) {
			const change = changes[id];
			if (change?.removed) continue;
			subcategories[id] = change ? changed(sub, change) : copy(sub);
		}
		for (const [id, change] of Object.entries(changes)) {
			if (id in source.subcategories || change.removed) continue;
			subcategories[id] = added(id, change);
		}
		poles[pole] = { label: source.label, subcategories };
	}
	const result: LexiconData = { ...base, poles };
	if (base.negators) result.negators = [...base.negators];
	if (base.notes) result.notes = [...base.notes];
	if (!isEmptyOverride(override)) result.version = `${base.version} + story edits (${shortHash(JSON.stringify(override))})`;
	return result;
}

/** What `edited` changes in `base`, as a story stores it; null when nothing differs. */
export function diffLexicon(base: LexiconData, edited: LexiconData): LexiconOverride | null {
	const override: LexiconOverride = {};
	for (const pole of POLES) {
		const baseSubs = base.poles[pole]?.subcategories ?? {};
		const editedSubs = edited.poles[pole]?.subcategories ?? {};
		const changes: Record<string, SubcategoryOverride> = {};
		for (const [id, sub] of Object.entries(editedSubs)) {
			const before = baseSubs[id];
			if (!before) {
				changes[id] = { label: sub.label, ...(sub.description ? { description: sub.description } : {}), terms: uniqueTerms(sub.terms) };
				continue;
			}
			const change: SubcategoryOverride = {};
			if (sub.label !== before.label) change.label = sub.label;
			if ((sub.description ?? '') !== (before.description ?? '')) change.description = sub.description ?? '';
			const had = new Set(before.terms.map(termKey));
			const has = new Set(sub.terms.map(termKey));
			const add = uniqueTerms(sub.terms).filter((t) => !had.has(termKey(t)));
			const remove = uniqueTerms(before.terms).filter((t) => !has.has(termKey(t)));
			if (add.length) change.add = add;
			if (remove.length) change.remove = remove;
			if (Object.keys(change).length) changes[id] = change;
		}
		for (const id of Object.keys(baseSubs)) if (!(id in editedSubs)) changes[id] = { removed: true };
		if (Object.keys(changes).length) override[pole] = changes;
	}
	return isEmptyOverride(override) ? null : override;
}

export function isEmptyOverride(override: LexiconOverride | null | undefined): boolean {
	return !override || POLES.every((pole) => Object.keys(override[pole] ?? {}).length === 0);
}

export interface OverrideSummary {
	added: number;
	removed: number;
	newCategories: number;
	removedCategories: number;
}

/** For a line such as "3 entries added, 1 removed, 1 new category". */
export function summarizeOverride(base: LexiconData, override: LexiconOverride | null | undefined): OverrideSummary {
	const summary: OverrideSummary = { added: 0, removed: 0, newCategories: 0, removedCategories: 0 };
	for (const pole of POLES)
		for (const [id, change] of Object.entries(override?.[pole] ?? {})) {
			const known = id in (base.poles[pole]?.subcategories ?? {});
			if (change.removed) {
				if (known) summary.removedCategories++;
				continue;
			}
			if (!known) summary.newCategories++;
			summary.added += (change.terms?.length ?? 0) + (change.add?.length ?? 0);
			summary.removed += change.remove?.length ?? 0;
		}
	return summary;
}

function copy(sub: LexiconSubcategory): LexiconSubcategory {
	return { ...sub, terms: [...sub.terms] };
}

function changed(sub: LexiconSubcategory, change: SubcategoryOverride): LexiconSubcategory {
	const result = copy(sub);
	if (change.label !== undefined) result.label = change.label;
	if (change.description !== undefined) result.description = change.description;
	if (change.terms) {
		result.terms = uniqueTerms(change.terms);
		return result;
	}
	const gone = new Set((change.remove ?? []).map(termKey));
	const terms = result.terms.filter((t) => !gone.has(termKey(t)));
	const present = new Set(terms.map(termKey));
	for (const term of change.add ?? []) {
		const key = termKey(term);
		if (key && !present.has(key)) {
			present.add(key);
			terms.push(term.trim());
		}
	}
	result.terms = terms;
	return result;
}

function added(id: string, change: SubcategoryOverride): LexiconSubcategory {
	const sub: LexiconSubcategory = { label: change.label ?? id, terms: uniqueTerms([...(change.terms ?? []), ...(change.add ?? [])]) };
	if (change.description) sub.description = change.description;
	return sub;
}

/** Trimmed, without blanks or repeats (by `termKey`), in first-seen order. */
export function uniqueTerms(terms: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const term of terms) {
		const key = termKey(term);
		if (!key || seen.has(key)) continue;
		seen.add(key);
		out.push(term.trim());
	}
	return out;
}

/** A short stable tag (FNV-1a, hex) of a list's changes, so an export names the exact lists behind its figures. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}
