import { error } from '@sveltejs/kit';
import { getStoryAlignment } from './story-compare';

/** The compared story behind a page or download, or a 404 that says which story is missing. */
export function alignmentFor(slug: string): NonNullable<ReturnType<typeof getStoryAlignment>> {
	const found = getStoryAlignment(slug);
	if (!found) error(404, `There is no story "${slug}". See the list of stories.`);
	return found;
}
