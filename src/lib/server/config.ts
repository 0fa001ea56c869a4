import { resolve } from 'node:path';

/** Settings read from the environment once, with the defaults a fresh clone needs. */
export const config = {
	/** the folder holding one sub-folder per story */
	corpusDir: resolve(process.env.FRAMING_CORPUS_DIR ?? 'corpus'),
	/** the story `/` shows */
	defaultStory: process.env.FRAMING_DEFAULT_STORY ?? 'nato-proactive-2025'
};
