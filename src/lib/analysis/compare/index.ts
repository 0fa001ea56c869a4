/** Same story, different words: aligned reports, divergent facts, shared passages and omissions across a story's articles. */
export { compareStory, defaultAlignmentSettings, type CompareInput, type CompareOptions } from './compare-story';
export { defaultFactWords, type FactWords } from './facts';
export type * from './types';
