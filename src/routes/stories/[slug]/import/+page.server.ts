import { error, fail } from '@sveltejs/kit';
import type { Problem } from '$lib/corpus';
import { sizeLimitProblem } from '$lib/corpus/decode-article-bytes';
import { fetchPage } from '$lib/server/import/fetch-page';
import { saveImport, startImport, updateImport } from '$lib/server/import/import-session';
import { ACCEPTED_EXTENSIONS, allowPrivateFetch, formatSize, IMPORT_LIMITS } from '$lib/server/import/limits';
import { prepareFile, preparePage, preparePaste, type Prepared, type PreparedArticle } from '$lib/server/import/prepare-article';
import { problemView } from '$lib/server/import/preview-view';
import { requestBodyLimit, serverStory } from '$lib/server/import/server-context';
import type { Actions, PageServerLoad } from './$types';

function storyOr404(slug: string) {
	const story = serverStory(slug);
	if (!story) error(404, `There is no story "${slug}". See the list of stories, or create it first.`);
	return story;
}

export const load: PageServerLoad = ({ params }) => {
	const story = storyOr404(params.slug);
	return {
		slug: story.slug,
		title: story.title,
		articles: story.articles,
		accept: ACCEPTED_EXTENSIONS.join(','),
		limits: {
			maxFiles: IMPORT_LIMITS.maxFiles,
			maxFileBytes: IMPORT_LIMITS.maxFileBytes,
			maxFetchBytes: IMPORT_LIMITS.maxFetchBytes,
			fetchSeconds: IMPORT_LIMITS.fetchTimeoutMs / 1000,
			requestBytes: requestBodyLimit()
		},
		allowPrivate: allowPrivateFetch()
	};
};

type Mode = 'paste' | 'upload' | 'url';

/** The form body, or a 413 message naming the server's limit and how to raise it. */
async function formOf(request: Request, mode: Mode) {
	try {
		return { form: await request.formData() };
	} catch (e) {
		const limit = requestBodyLimit();
		const status = (e as { status?: number }).status;
		const message =
			status === 413
				? `the request is larger than this server accepts (${formatSize(limit)} in one go)`
				: `the form could not be read: ${(e as Error).message}`;
		return {
			failure: fail(status === 413 ? 413 : 400, {
				mode,
				errors: [
					problemView({
						file: mode === 'upload' ? 'upload' : mode === 'paste' ? 'pasted text' : 'address',
						message,
						fix:
							status === 413
								? `send fewer or smaller files at a time, or restart the server with a larger BODY_SIZE_LIMIT (e.g. BODY_SIZE_LIMIT=50M)`
								: 'try again'
					})
				],
				values: {}
			})
		};
	}
}

function preview(slug: string, prepared: Prepared[], mode: Mode, values: Record<string, string>) {
	const story = storyOr404(slug);
	const articles: PreparedArticle[] = [];
	const refused: Problem[] = [];
	for (const p of prepared) {
		if (p.article) articles.push(p.article);
		else refused.push(...p.problems);
	}
	if (articles.length === 0) return fail(400, { mode, errors: refused.map(problemView), values });
	return { preview: startImport(story, articles, refused) };
}

/** A browser sends the bare file name, but nothing stops a client from sending a path or control characters. */
function displayName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? '';
	const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
	return clean === '' ? 'unnamed file' : clean;
}

export const actions: Actions = {
	paste: async ({ request, params }) => {
		const read = await formOf(request, 'paste');
		if (read.failure) return read.failure;
		const text = read.form.get('text');
		const value = typeof text === 'string' ? text : '';
		return preview(params.slug, [preparePaste(value)], 'paste', { text: value.length <= 100_000 ? value : '' });
	},

	upload: async ({ request, params }) => {
		const read = await formOf(request, 'upload');
		if (read.failure) return read.failure;
		// a form submitted with no file chosen still carries one empty, nameless entry
		const files = read.form.getAll('files').filter((f): f is File => f instanceof File && (f.name !== '' || f.size > 0));
		const refuse = (message: string, fix: string) => fail(400, { mode: 'upload' as const, errors: [problemView({ file: 'files', message, fix })], values: {} });
		if (files.length === 0) return refuse('no file was chosen', `choose one or more ${ACCEPTED_EXTENSIONS.join(', ')} files`);
		if (files.length > IMPORT_LIMITS.maxFiles)
			return refuse(`${files.length} files were chosen, more than ${IMPORT_LIMITS.maxFiles} at a time`, `upload at most ${IMPORT_LIMITS.maxFiles} files, then the rest in another round`);
		const prepared: Prepared[] = [];
		for (const file of files) {
			const name = displayName(file.name);
			prepared.push(
				file.size > IMPORT_LIMITS.maxFileBytes
					? { article: null, problems: [sizeLimitProblem(name, file.size, IMPORT_LIMITS.maxFileBytes)] }
					: prepareFile(name, new Uint8Array(await file.arrayBuffer()))
			);
		}
		return preview(params.slug, prepared, 'upload', {});
	},

	url: async ({ request, params }) => {
		const read = await formOf(request, 'url');
		if (read.failure) return read.failure;
		const raw = read.form.get('url');
		const url = typeof raw === 'string' ? raw.trim() : '';
		if (url === '')
			return fail(400, { mode: 'url' as const, errors: [problemView({ file: 'address', message: 'no address was given', fix: 'paste the full address of the article, starting with https://' })], values: { url } });
		const page = await fetchPage(url);
		if (!page.ok) return fail(400, { mode: 'url' as const, errors: [problemView(page.problem)], values: { url } });
		const prepared = preparePage(url, page.finalUrl, page.html);
		if (prepared.article) prepared.article.problems.unshift(...page.problems);
		return preview(params.slug, [prepared], 'url', { url });
	},

	update: async ({ request, params }) => {
		const story = storyOr404(params.slug);
		const form = await request.formData();
		const view = updateImport(story, String(form.get('token') ?? ''), form);
		if (!view) return fail(410, { expired: true });
		return { preview: view };
	},

	save: async ({ request, params }) => {
		const story = storyOr404(params.slug);
		const form = await request.formData();
		const outcome = await saveImport(story, String(form.get('token') ?? ''), form);
		if (outcome.kind === 'expired') return fail(410, { expired: true });
		if (outcome.kind === 'preview') return fail(400, { preview: outcome.preview, message: outcome.message });
		return { saved: outcome.saved, skipped: outcome.skipped };
	}
};
