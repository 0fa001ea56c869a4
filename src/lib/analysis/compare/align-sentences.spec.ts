import { describe, expect, it } from 'vitest';
import type { ArticleReport, TextDoc } from '../types';
import { readText } from '../text-doc';
import { createNlp } from '../nlp';
import { sentenceUnits } from './sentence-units';
import { sharesAnchor } from './align-sentences';

const nlp = createNlp();
const noReport = { statements: [], lexicon: { hits: [] } } as unknown as ArticleReport;
const unit = (text: string) => sentenceUnits(0, readText(nlp, text) as TextDoc, noReport)[0];

describe('sharesAnchor', () => {
	it.each([
		['a name', 'Stoltenberg spoke in Brussels on Monday.', 'Critics doubt what Stoltenberg promised.', true],
		['a number', 'The fund holds 32 reactors.', 'Officials counted 32 in all.', true],
		['two meaningful words in a row', 'Members urge an end to the purely reactive stance.', 'Diplomats want a purely reactive posture gone.', true],
		['only loose words', 'The importance of maintaining a strong deterrent.', 'He stresses the importance of strong ties and of maintaining calm.', false],
		['nothing', 'Bread prices rose.', 'Football teams played.', false]
	])('%s -> %s', (_, a, b, expected) => expect(sharesAnchor(unit(a), unit(b))).toBe(expected));
});
