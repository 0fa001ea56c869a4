import type { ArticleMeta, SideDef } from '../../analysis/types';
import { isError, type Problem } from '../../corpus/problem';
import type { ExistingArticle } from './duplicates';
import { dropImport, findImport, stashImport } from './pending-imports';
import type { PreparedArticle } from './prepare-article';
import { previewArticle, previewBatch, type ImportPreview, type StoryContext } from './preview';
import { readItemForm, type ItemForm } from './preview-form';
import { itemView, problemView, type PreviewItemView, type PreviewView } from './preview-view';
import { saveArticle } from './save-article';

/** A story as an import session needs it: where to write, what to compare with, which sides to show. */
export interface SessionStory {
	slug: string;
	dir: string;
	sides: readonly SideDef[];
	context: StoryContext;
}

export interface SavedView {
	source: string;
	file: string;
	href: string;
	replaced: boolean;
}

export type SaveOutcome =
	| { kind: 'saved'; saved: SavedView[]; skipped: string[] }
	| { kind: 'preview'; preview: PreviewView; message: string }
	| { kind: 'expired' };

/** Previews the prepared articles and keeps them for Save; refused inputs are listed beside them. */
export function startImport(story: SessionStory, articles: PreparedArticle[], refused: Problem[]): PreviewView {
	const previews = previewBatch(articles, story.context);
	const token = stashImport(story.slug, articles);
	return {
		token,
		items: previews.map((preview, i) => itemView(i, preview, story)),
		refused: refused.map(problemView)
	};
}

/** "Update preview": applies the corrections and analyses again, saves nothing. */
export function updateImport(story: SessionStory, token: string, form: FormData): PreviewView | null {
	const entry = findImport(token, story.slug);
	if (!entry) return null;
	const context = freshContext(story.context);
	const items = entry.articles.map((article, i) => {
		const read = readItemForm(form, i);
		const preview = previewArticle(article, context, editsOf(read));
		const nameTaken = !entry.saved.has(i) && context.taken.has(preview.id);
		remember(context, preview.id, preview.body, preview.meta);
		return itemView(i, preview, story, { ...stateOf(read, preview), savedAs: entry.saved.get(i) ?? null, nameTaken });
	});
	return { token, items, refused: [] };
}

/**
 * Saves the ticked articles of a pending import, one atomic file each. An article is written only
 * when its fields are valid, it is not a duplicate the user did not see (a duplicate needs its
 * "add anyway" tick, given while the duplicate was shown), and its name is free or the user
 * confirmed replacing. Anything held back comes back in the preview with the reason.
 */
export async function saveImport(story: SessionStory, token: string, form: FormData): Promise<SaveOutcome> {
	const entry = findImport(token, story.slug);
	if (!entry) return { kind: 'expired' };
	const context = freshContext(story.context);
	const items: PreviewItemView[] = [];
	const saved: SavedView[] = [];
	const skipped: string[] = [];
	let heldBack = 0;

	for (const [i, article] of entry.articles.entries()) {
		const read = readItemForm(form, i);
		const already = entry.saved.get(i);
		if (already) {
			saved.push(savedView(story, article, already, false));
			continue;
		}
		const preview = previewArticle(article, context, editsOf(read), { analyze: false });
		const state = stateOf(read, preview);
		// what comes back to the page is shown with its figures, so it is analysed again (saved articles are not)
		const shown = () => previewArticle(article, context, editsOf(read));
		const hold = (saveError: { message: string; fix: string } | null, nameTaken = false) => {
			heldBack++;
			items.push(itemView(i, shown(), story, { ...state, saveError, nameTaken }));
		};
		if (!read.save) {
			skipped.push(article.source.name);
			items.push(itemView(i, shown(), story, state));
			continue;
		}
		if (!read.meta) {
			hold({ message: 'some fields need correcting', fix: 'correct the fields marked below, then save again' });
			continue;
		}
		const shownDuplicate = form.get(`dup.${i}`);
		if (preview.duplicateOf && shownDuplicate !== preview.duplicateOf.id) {
			hold({ message: `it now looks like a copy of ${preview.duplicateOf.file}, which was added after the preview`, fix: 'look at the existing article; tick "Add anyway" only if both should be in the story' });
			continue;
		}
		if (preview.problems.some(isError)) {
			hold({ message: preview.problems.filter(isError).map((p) => p.message).join('; '), fix: 'correct the fields and save again' });
			continue;
		}
		const result = await saveArticle(story.dir, preview.id, preview.text, { overwrite: read.replace });
		if (!result.ok) {
			hold({ message: result.message, fix: result.fix }, result.reason === 'exists');
			continue;
		}
		entry.saved.set(i, result.file);
		saved.push(savedView(story, article, result.file, result.replaced));
		remember(context, preview.id, preview.body, preview.meta);
		items.push(itemView(i, preview, story, { ...state, savedAs: result.file }));
	}

	if (heldBack === 0 && saved.length > 0) {
		dropImport(token);
		return { kind: 'saved', saved, skipped };
	}
	const message =
		saved.length === 0 && heldBack === 0
			? 'No article is ticked for saving: tick "Save this article" (or "Add anyway") for the ones to keep.'
			: `${saved.length} saved, ${heldBack} held back: see the messages below.`;
	return { kind: 'preview', preview: { token, items, refused: [] }, message };
}

/** The corrections to apply: a name left as suggested is suggested again from the corrected fields. */
function editsOf(read: ItemForm): { id?: string; meta?: Partial<ArticleMeta> } {
	return { ...(read.nameTouched ? { id: read.values.name } : {}), ...(read.meta ? { meta: read.meta } : {}) };
}

function stateOf(read: ItemForm, preview: ImportPreview) {
	return {
		values: read.nameTouched ? read.values : { ...read.values, name: preview.id },
		suggestedName: read.nameTouched ? read.suggested : preview.id,
		fieldErrors: read.errors,
		save: read.save,
		replace: read.replace
	};
}

function savedView(story: SessionStory, article: PreparedArticle, file: string, replaced: boolean): SavedView {
	return { source: article.source.name, file, href: `/stories/${story.slug}/articles/${file.replace(/\.md$/, '')}`, replaced };
}

/** A copy of the story context that this request can extend with what it saves or names. */
function freshContext(context: StoryContext): StoryContext & { taken: Set<string>; existing: ExistingArticle[] } {
	return { ...context, taken: new Set(context.taken), existing: [...context.existing] };
}

function remember(context: { taken: Set<string>; existing: ExistingArticle[] }, id: string, body: string, meta: { headline: string | null; url: string | null }) {
	context.taken.add(id);
	context.existing.push({ id, file: `${id}.md`, headline: meta.headline, url: meta.url, body });
}

