import { describe, expect, it } from 'vitest';
import { createEngine, defaultActors } from '../../analysis/engine';
import { createNlp } from '../../analysis/nlp';
import { preparePaste, type PreparedArticle } from './prepare-article';
import { previewArticle } from './preview';
import { itemView, SHOWN_BODY_CHARS } from './preview-view';

const engine = createEngine(createNlp());
const context = { slug: 's', engine, existing: [], taken: new Set<string>(), today: '2026-01-01' };

describe('itemView', () => {
	it('reduces the report to the figures, one entry per side of the story', () => {
		const preview = previewArticle(preparePaste('Moscow answers\n\nThe Kremlin said the plan was aggressive. NATO officials said they may respond.').article as PreparedArticle, context);
		const view = itemView(0, preview, { slug: 's', sides: defaultActors.sides });
		expect(view.figures!.voices.map((v) => v.id)).toEqual(defaultActors.sides.map((s) => s.id));
		expect(view.figures!.voices.find((v) => v.id === 'russia')!.statements).toBe(1);
		expect(view.figures).toMatchObject({ words: preview.report!.words, statements: preview.report!.statements.length, hits: preview.report!.lexicon.hits.length });
		expect(view).toMatchObject({ save: true, nameTaken: false, savedAs: null, values: { headline: 'Moscow answers', name: 'moscow-answers' }, suggestedName: 'moscow-answers' });
	});

	it('cuts a long body for the page but says how long it is, and does not tick a duplicate', () => {
		const long = 'The minister said so. '.repeat(2000);
		const preview = previewArticle(preparePaste(`Long\n\n${long}`).article as PreparedArticle, context);
		const view = itemView(0, { ...preview, duplicateOf: { id: 'x', file: 'x.md', headline: null, kind: 'same-text', similarity: 1, containment: 1 } }, { slug: 's', sides: [] });
		expect(view.body).toHaveLength(SHOWN_BODY_CHARS);
		expect(view.bodyChars).toBe(long.trim().length);
		expect(view.duplicate).toMatchObject({ href: '/stories/s/articles/x' });
		expect(view.save).toBe(false);
	});
});
