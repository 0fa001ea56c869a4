import { POLES, termKey } from '$lib/analysis/lexicon/override';
import type { LexiconData, LexiconSubcategory, Pole } from '$lib/analysis/types';
import { splitEntries } from './lexicon-form';

/** One entry as the editor shows it: ticked entries count; unticked ones stay visible to be ticked again. */
export interface TermRow {
	term: string;
	on: boolean;
	/** 'story' when the default list of the category does not have it */
	origin: 'default' | 'story';
}

export interface CategoryRow {
	pole: Pole;
	id: string;
	label: string;
	description: string;
	/** unticked: the whole category is left out of the story's lists */
	on: boolean;
	origin: 'default' | 'story';
	terms: TermRow[];
}

export type EditorModel = Record<Pole, CategoryRow[]>;

/**
 * The story's lists laid over the defaults: every default entry and category is shown, ticked when
 * the story counts it, so a removal can be undone entry by entry.
 */
export function editorModel(story: LexiconData, defaults: LexiconData): EditorModel {
	const model = {} as EditorModel;
	for (const pole of POLES) {
		const own = story.poles[pole]?.subcategories ?? {};
		const base = defaults.poles[pole]?.subcategories ?? {};
		const rows: CategoryRow[] = [];
		for (const [id, sub] of Object.entries(own)) rows.push(row(pole, id, sub, base[id], true));
		for (const [id, sub] of Object.entries(base)) if (!(id in own)) rows.push(row(pole, id, sub, sub, false));
		model[pole] = rows;
	}
	return model;
}

function row(pole: Pole, id: string, sub: LexiconSubcategory, base: LexiconSubcategory | undefined, on: boolean): CategoryRow {
	const defaultKeys = new Set((base?.terms ?? []).map(termKey));
	const terms: TermRow[] = sub.terms.map((term) => ({ term, on: true, origin: defaultKeys.has(termKey(term)) ? 'default' : 'story' }));
	if (base && on) {
		const shown = new Set(sub.terms.map(termKey));
		for (const term of base.terms) if (!shown.has(termKey(term))) terms.push({ term, on: false, origin: 'default' });
	}
	if (!on) for (const t of terms) t.on = true;
	return { pole, id, label: sub.label, description: sub.description ?? '', on, origin: base ? 'default' : 'story', terms };
}

/** The word lists the model stands for: ticked categories with their ticked entries. */
export function lexiconOfModel(model: EditorModel, base: LexiconData): LexiconData {
	const poles = {} as LexiconData['poles'];
	for (const pole of POLES) {
		const subcategories: Record<string, LexiconSubcategory> = {};
		for (const cat of model[pole]) {
			if (!cat.on) continue;
			const sub: LexiconSubcategory = { label: cat.label, terms: cat.terms.filter((t) => t.on).map((t) => t.term) };
			if (cat.description) sub.description = cat.description;
			subcategories[cat.id] = sub;
		}
		poles[pole] = { label: base.poles[pole].label, subcategories };
	}
	return { ...base, poles };
}

/** Adds typed entries to a category; an entry already there is ticked again rather than repeated. Returns how many were new. */
export function addEntries(cat: CategoryRow, text: string, defaults: LexiconData): number {
	const defaultKeys = new Set((defaults.poles[cat.pole]?.subcategories[cat.id]?.terms ?? []).map(termKey));
	let added = 0;
	for (const term of splitEntries(text)) {
		const existing = cat.terms.find((t) => termKey(t.term) === termKey(term));
		if (existing) existing.on = true;
		else {
			cat.terms.push({ term, on: true, origin: defaultKeys.has(termKey(term)) ? 'default' : 'story' });
			added++;
		}
	}
	return added;
}
