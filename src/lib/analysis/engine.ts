import { compileActors } from './statements';
import { compileLexicon, defaultLexicon } from './lexicon';
import type { Engine } from './report/analyze-article';
import type { Nlp } from './text-doc';
import type { ActorsData, LexiconData } from './types';
import defaultActorsJson from './data/actors.default.json';

export const defaultActors: ActorsData = defaultActorsJson;

/** Compiles a story's word lists and actors once; the engine is then reused for all its articles. */
export function createEngine(
	nlp: Nlp,
	options: { lexicon?: LexiconData; actors?: ActorsData } = {}
): Engine {
	return {
		nlp,
		lexicon: compileLexicon(nlp, options.lexicon ?? defaultLexicon),
		actors: compileActors(options.actors ?? defaultActors)
	};
}
