import type { LexiconData } from '../types';
import defaultJson from './lexicon.default.json';

export { compileLexicon, type CompiledLexicon, type LexiconEntry, type NegatorEntry } from './compile';
export { matchLexicon, type RawHit } from './match';
export { parseTerm, SENSES, type ParsedTerm, type Sense } from './term';

/** the word lists the app ships with; stories may override them */
export const defaultLexicon: LexiconData = defaultJson;
