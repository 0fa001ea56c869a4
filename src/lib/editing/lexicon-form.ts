import { LEXICON_LIMITS, POLES, SUBCATEGORY_ID, uniqueTerms } from '$lib/analysis/lexicon/override';
import type { LexiconData, LexiconSubcategory, Pole } from '$lib/analysis/types';

/**
 * The lexicon editor is one HTML form, so it saves without JavaScript. Its fields:
 *   sub                  `pole:id` of each category kept, in order
 *   label:pole:id        the category's label (description:pole:id likewise)
 *   keep:pole:id         one per entry still ticked
 *   add:pole:id          new entries, one per line (or separated by commas)
 *   new-pole, new-label, new-description, new-terms   a category to add
 */
export const field = {
	sub: (pole: Pole, id: string) => `${pole}:${id}`,
	label: (pole: Pole, id: string) => `label:${pole}:${id}`,
	description: (pole: Pole, id: string) => `description:${pole}:${id}`,
	keep: (pole: Pole, id: string) => `keep:${pole}:${id}`,
	add: (pole: Pole, id: string) => `add:${pole}:${id}`
};

/** Entries typed into one box: one per line, or separated by commas or semicolons. */
export function splitEntries(text: string): string[] {
	return text
		.split(/[\n\r,;]+/)
		.map((t) => t.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

/** An id for a new category from its label: `Deterrence talk` -> `deterrence-talk`, never one already taken. */
export function categoryId(label: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	let stem = label
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 32);
	if (!/^[a-z]/.test(stem)) stem = `category${stem ? '-' + stem : ''}`.slice(0, 32);
	let id = stem;
	for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
	return id;
}

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};
const texts = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');

/**
 * The edited word lists from the submitted form; `base` gives what the form does not carry (pole
 * labels, negators, notes, labels of the categories it does not relabel). Problems are in words for the editor.
 */
export function lexiconFromForm(form: FormData, base: LexiconData): { lexicon: LexiconData; problems: string[] } {
	const problems: string[] = [];
	const poles = {} as LexiconData['poles'];
	for (const pole of POLES) poles[pole] = { label: base.poles[pole].label, subcategories: {} };

	for (const value of texts(form, 'sub')) {
		const [pole, id] = value.split(':') as [Pole, string];
		if (!POLES.includes(pole) || !id || !SUBCATEGORY_ID.test(id)) {
			problems.push(`“${value.slice(0, 60)}” is not a category of the word lists`);
			continue;
		}
		const subs = poles[pole].subcategories;
		if (id in subs) continue;
		const before = base.poles[pole].subcategories[id];
		const label = text(form, field.label(pole, id)).trim() || before?.label || id;
		const description = form.has(field.description(pole, id)) ? text(form, field.description(pole, id)).trim() : (before?.description ?? '');
		const terms = uniqueTerms([...texts(form, field.keep(pole, id)), ...splitEntries(text(form, field.add(pole, id)))]);
		const sub: LexiconSubcategory = { label, terms };
		if (description) sub.description = description;
		subs[id] = sub;
	}

	const newLabel = text(form, 'new-label').trim();
	const newTerms = splitEntries(text(form, 'new-terms'));
	if (newLabel) {
		const pole = text(form, 'new-pole') as Pole;
		if (!POLES.includes(pole)) problems.push('choose whether the new category is assertive or cautious');
		else {
			const subs = poles[pole].subcategories;
			const id = categoryId(newLabel, [...Object.keys(subs), ...Object.keys(base.poles[pole].subcategories)]);
			const sub: LexiconSubcategory = { label: newLabel, terms: uniqueTerms(newTerms) };
			const description = text(form, 'new-description').trim();
			if (description) sub.description = description;
			subs[id] = sub;
		}
	} else if (newTerms.length) problems.push('give the new category a name, or clear its words');

	problems.push(...limitProblems(poles));
	return { lexicon: { ...base, poles }, problems };
}

/** The bounds the story file is checked against, said before anything is written. */
export function limitProblems(poles: LexiconData['poles']): string[] {
	const problems: string[] = [];
	const L = LEXICON_LIMITS;
	for (const pole of POLES) {
		const subs = Object.entries(poles[pole]?.subcategories ?? {});
		if (subs.length > L.subcategoriesPerPole) problems.push(`the ${pole} list has ${subs.length} categories; at most ${L.subcategoriesPerPole} are allowed`);
		for (const [, sub] of subs) {
			if (sub.label.length > L.labelLength) problems.push(`the category name “${sub.label.slice(0, 30)}…” is longer than ${L.labelLength} characters`);
			if ((sub.description ?? '').length > L.descriptionLength)
				problems.push(`the description of “${sub.label}” is longer than ${L.descriptionLength} characters`);
			if (sub.terms.length > L.termsPerList) problems.push(`“${sub.label}” has ${sub.terms.length} entries; at most ${L.termsPerList} are allowed`);
			for (const term of sub.terms)
				if (term.length > L.termLength) problems.push(`“${term.slice(0, 30)}…” in “${sub.label}” is longer than ${L.termLength} characters`);
		}
	}
	return problems;
}
