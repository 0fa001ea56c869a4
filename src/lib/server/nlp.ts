import { createNlp } from '$lib/analysis/nlp';
import type { Nlp } from '$lib/analysis/text-doc';

let nlp: Nlp | null = null;

/** The wink model loads once per server process, on first use. */
export function getNlp(): Nlp {
	nlp ??= createNlp();
	return nlp;
}
