/** The statements measure: who is quoted or reported, on which side, and how. See guide/statements.md. */
export { compileActors, sideOf, type CompiledActors } from './actors';
export { findStatements } from './find-statements';
export { summarizeVoices } from './voices';
export { findQuotes, type Quote } from './quotes';
export { compileCues, type CueLexicon } from './cue-lexicon';
