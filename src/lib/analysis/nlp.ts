import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Nlp } from './text-doc';

/**
 * The one wink-nlp instance a process needs. Sentiment and named entities are left out of the
 * pipe: no measure uses them, and they cost a third of wink's reading time.
 */
export function createNlp(): Nlp {
	return winkNLP(model, ['sbd', 'negation', 'pos']);
}
