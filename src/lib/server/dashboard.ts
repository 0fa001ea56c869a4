import { articleCard, focusSide, type Dashboard } from '$lib/dashboard/dashboard-data';
import type { StoryAnalysis } from './story-analysis';

export function dashboardOf(analysis: StoryAnalysis): Dashboard {
	return {
		slug: analysis.slug,
		title: analysis.title,
		description: analysis.description,
		sides: analysis.sides,
		focus: focusSide(analysis.sides),
		lexiconVersion: analysis.lexiconVersion,
		actorsVersion: analysis.actorsVersion,
		comparison: analysis.comparison,
		cards: analysis.entries.flatMap((e) => (e.report ? [articleCard(e.id, e.report)] : [])),
		problems: [
			...analysis.problems,
			...analysis.entries.flatMap((e) => (e.report ? [] : e.problems))
		].map((p) => ({ file: p.file, message: p.message, fix: p.fix }))
	};
}
