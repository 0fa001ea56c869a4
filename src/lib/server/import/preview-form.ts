import type { ArticleMeta } from '../../analysis/types';
import { isValidDate, isWebUrl } from '../../corpus/article-meta';
import { EDITABLE_FIELDS, type EditableField, type FieldValues } from './preview-view';
import { articleNameProblem } from './safe-names';

/** Longest value of a one-line field; more is a paste gone wrong. */
const MAX_FIELD = 500;

export interface ItemForm {
	values: FieldValues;
	/** the corrections as metadata, only when every field is valid */
	meta: Partial<ArticleMeta> | null;
	errors: Partial<Record<EditableField | 'name', string>>;
	save: boolean;
	replace: boolean;
	/** the name the page suggested; a name left as suggested follows the corrected outlet or headline */
	suggested: string;
	nameTouched: boolean;
}

/**
 * Reads the corrections of article `index` from the preview form (fields `outlet.0`, `name.0`,
 * `save.0`, `suggested.0` ...). Every message names the field and says how to fix it; a blank field means
 * "not given" (a blank headline lets the engine infer one and say so).
 */
export function readItemForm(form: FormData, index: number): ItemForm {
	const get = (key: string) => {
		const value = form.get(`${key}.${index}`);
		return typeof value === 'string' ? value : '';
	};
	const values = Object.fromEntries([...EDITABLE_FIELDS, 'name'].map((key) => [key, get(key).replace(/\s+/g, ' ').trim()])) as FieldValues;
	const errors: ItemForm['errors'] = {};
	for (const key of EDITABLE_FIELDS)
		if (values[key].length > MAX_FIELD) errors[key] = `${label(key)} is ${values[key].length} characters long; keep it under ${MAX_FIELD}`;
	if (values.published && !errors.published && !isValidDate(values.published))
		errors.published = `Date "${values.published}" is not a date: write it as YYYY-MM-DD (e.g. 2025-12-02), or leave it empty`;
	if (values.url && !errors.url && !isWebUrl(values.url))
		errors.url = `Address "${values.url.slice(0, 80)}" is not a web address: give the full address starting with https://, or leave it empty`;
	if (values.language && !errors.language && !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(values.language))
		errors.language = `Language "${values.language.slice(0, 40)}" is not a language code: write e.g. en or en-GB, or leave it empty`;
	values.name = values.name.toLowerCase();
	const suggested = get('suggested');
	const nameTouched = values.name !== suggested;
	const nameProblem = nameTouched ? articleNameProblem(values.name) : null;
	if (nameProblem) errors.name = `File name: ${nameProblem}; use lower-case letters, digits and hyphens, e.g. defence24-2`;

	const meta: Partial<ArticleMeta> | null =
		Object.keys(errors).length > 0
			? null
			: Object.fromEntries(EDITABLE_FIELDS.map((key) => [key, values[key] === '' ? null : values[key]]));
	return { values, meta, errors, save: form.get(`save.${index}`) === 'on', replace: form.get(`replace.${index}`) === 'on', suggested, nameTouched };
}

function label(key: EditableField): string {
	return { outlet: 'Outlet', headline: 'Headline', published: 'Date', url: 'Address', author: 'Author', language: 'Language' }[key];
}
