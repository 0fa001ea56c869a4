import defaultActorsJson from '$lib/analysis/data/actors.default.json';
import { shortHash } from '$lib/analysis/lexicon/override';
import type { ActorsData, SideDef } from '$lib/analysis/types';
import { categoryId, splitEntries } from './lexicon-form';

/**
 * The actors editor is one HTML form, so it saves without JavaScript. Its fields:
 *   side                 the id of each side, in order
 *   label:id             the side's label
 *   source:id            one per source listed under the side, in order
 *   to:id:n              where the n-th source of the side goes: a side id, or '' to remove it
 *   add:id               new sources for the side, one per line (or separated by commas)
 *   fallback             the side of speakers no source matches
 *   new-label, new-sources   a side to add
 */
export const actorField = {
	label: (id: string) => `label:${id}`,
	source: (id: string) => `source:${id}`,
	to: (id: string, n: number) => `to:${id}:${n}`,
	add: (id: string) => `add:${id}`
};

const defaultActors: ActorsData = defaultActorsJson;

export const ACTORS_LIMITS = { sides: 20, sourcesPerSide: 500, sourceLength: 100, labelLength: 60 } as const;

const SIDE_ID = /^[a-z][a-z0-9_-]*$/;

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};
const texts = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');

export function actorsFromForm(form: FormData, base: ActorsData): { actors: ActorsData; problems: string[] } {
	const problems: string[] = [];
	const sides: SideDef[] = [];
	const byId = new Map<string, SideDef>();
	for (const id of texts(form, 'side')) {
		if (!SIDE_ID.test(id) || byId.has(id)) {
			problems.push(`“${id.slice(0, 40)}” is not a side id`);
			continue;
		}
		const before = base.sides.find((s) => s.id === id);
		const side: SideDef = { id, label: text(form, actorField.label(id)).trim() || before?.label || id, sources: [] };
		sides.push(side);
		byId.set(id, side);
	}
	const newLabel = text(form, 'new-label').trim();
	const newSources = splitEntries(text(form, 'new-sources'));
	if (newLabel) {
		const side: SideDef = { id: categoryId(newLabel, byId.keys()), label: newLabel, sources: [] };
		sides.push(side);
		byId.set(side.id, side);
	} else if (newSources.length) problems.push('give the new side a name, or clear its sources');

	const place = (sideId: string, source: string) => {
		const side = byId.get(sideId);
		if (!side) return;
		const clean = source.trim().replace(/\s+/g, ' ');
		// a source belongs to one side only: the first place it is put wins
		if (clean && !sides.some((s) => s.sources.includes(clean))) side.sources.push(clean);
	};
	// sources that stay come first, so a side's own list keeps its order and moved sources join at its end
	const moved: [string, string][] = [];
	for (const side of [...sides]) {
		texts(form, actorField.source(side.id)).forEach((source, n) => {
			const to = form.has(actorField.to(side.id, n)) ? text(form, actorField.to(side.id, n)) : side.id;
			if (to === side.id) place(to, source);
			else if (to) moved.push([to, source]);
		});
	}
	for (const [to, source] of moved) place(to, source);
	for (const side of [...sides]) for (const source of splitEntries(text(form, actorField.add(side.id)))) place(side.id, source);
	if (newLabel) for (const source of newSources) place(sides[sides.length - 1].id, source);

	let fallback = text(form, 'fallback') || base.fallback;
	if (!byId.has(fallback)) {
		fallback = byId.has(base.fallback) ? base.fallback : (sides[sides.length - 1]?.id ?? 'other');
		if (sides.length) problems.push(`the fallback side must be one of the sides; “${fallback}” was chosen`);
	}
	if (sides.length === 0) problems.push('keep at least one side');
	const L = ACTORS_LIMITS;
	if (sides.length > L.sides) problems.push(`there are ${sides.length} sides; at most ${L.sides} are allowed`);
	for (const side of sides) {
		if (side.label.length > L.labelLength) problems.push(`the side name “${side.label.slice(0, 30)}…” is longer than ${L.labelLength} characters`);
		if (side.sources.length > L.sourcesPerSide) problems.push(`${side.label} has ${side.sources.length} sources; at most ${L.sourcesPerSide} are allowed`);
		for (const source of side.sources)
			if (source.length > L.sourceLength) problems.push(`the source “${source.slice(0, 30)}…” is longer than ${L.sourceLength} characters`);
	}
	const actors: ActorsData = { version: base.version, fallback, sides };
	actors.version = actorsVersion(actors);
	return { actors, problems };
}

/** The default version when the list is the default one, else a tag of the edited list for exports. */
export function actorsVersion(actors: ActorsData): string {
	const content = JSON.stringify({ fallback: actors.fallback, sides: actors.sides });
	const defaults = JSON.stringify({ fallback: defaultActors.fallback, sides: defaultActors.sides });
	return content === defaults ? defaultActors.version : `${defaultActors.version} + story edits (${shortHash(content)})`;
}
