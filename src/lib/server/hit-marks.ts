import { fail } from '@sveltejs/kit';
import { IGNORED_HITS_LIMITS, type IgnoredHitEntry } from '$lib/corpus/parse-story';
import { saveStoryChange, storyForEditing } from './editing';

/** The hit a form names by its offsets and text, checked against the article's report as it is now. */
function namedHit(slug: string, id: string, form: FormData) {
	const analysis = storyForEditing(slug);
	const entry = analysis.entries.find((e) => e.id === id);
	if (!entry?.report) return { failure: fail(404, { problems: [`The story has no analysed article “${id}”.`] }) };
	const start = Number(form.get('start'));
	const end = Number(form.get('end'));
	const text = String(form.get('text') ?? '');
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start)
		return { failure: fail(400, { problems: ['The hit is not named by its character offsets; reload the page and try again.'] }) };
	return { entry, start, end, text };
}

const sameHit = (file: string, start: number, end: number) => (h: IgnoredHitEntry) => h.article === file && h.start === start && h.end === end;

/** Adds a counted hit of the article to the story's `ignoredHits`; only a hit the engine counts now can be marked. */
export async function markHitWrong(slug: string, id: string, form: FormData) {
	const named = namedHit(slug, id, form);
	if ('failure' in named) return named.failure;
	const { entry, start, end, text } = named;
	const hit = entry.report!.lexicon.hits.find((h) => h.start === start && h.end === end);
	if (!hit || hit.text !== text)
		return fail(409, { problems: ['That word is no longer counted as a hit here (the story changed meanwhile); reload the page.'] });
	const note = String(form.get('note') ?? '')
		.trim()
		.replace(/\s+/g, ' ')
		.slice(0, IGNORED_HITS_LIMITS.noteLength);
	const mark: IgnoredHitEntry = { article: entry.file, start, end, term: hit.term, text: hit.text, ...(note ? { note } : {}) };
	const failure = await saveStoryChange(slug, (story) => {
		// past IGNORED_HITS_LIMITS.entries the story check refuses the write, with its own message
		const others = (story.ignoredHits ?? []).filter((h) => !sameHit(entry.file, start, end)(h));
		return { ignoredHits: [...others, mark] };
	});
	if (failure) return failure;
	return { marked: { start, end } };
}

/** Removes the mark, so the hit counts again; the key disappears with the last mark. */
export async function unmarkHit(slug: string, id: string, form: FormData) {
	const named = namedHit(slug, id, form);
	if ('failure' in named) return named.failure;
	const { entry, start, end } = named;
	const failure = await saveStoryChange(slug, (story) => {
		const rest = (story.ignoredHits ?? []).filter((h) => !sameHit(entry.file, start, end)(h));
		return { ignoredHits: rest.length ? rest : undefined };
	});
	if (failure) return failure;
	return { unmarked: { start, end } };
}
