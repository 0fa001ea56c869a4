import type { ChartConfiguration } from 'chart.js';
import { chartHeight } from '../base-options';
import { isMany, type ChartView } from '../chart-view';
import { firstVoiceChart, voiceKindsChart, voicedRowCount } from '../first-voice-chart';
import { lexiconChart } from '../lexicon-chart';
import { toneChart } from '../tone-chart';
import { voicesChart } from '../voices-chart';

/** The dashboard figures that have charts (the strips figure is HTML and has none). */
export const FIGURE_IDS = ['lexicon', 'voices', 'tone', 'first-voice'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** The five chart kinds; "first-voice" and "voice-kinds" share one figure. */
export type ChartKind = 'lexicon' | 'voices' | 'tone' | 'first-voice' | 'voice-kinds';

export function isFigureId(id: string): id is FigureId {
	return (FIGURE_IDS as readonly string[]).includes(id);
}

export interface FigureChart {
	kind: ChartKind;
	/** a heading above a second chart in the same figure */
	heading?: string;
	config: ChartConfiguration;
	/** the chart's height on screen, in CSS pixels */
	height: number;
	/** one URL key per dataset, in dataset order (see seriesKeys) */
	series: string[];
	/** for screen readers */
	label: string;
}

export interface Figure {
	id: FigureId;
	title: string;
	/** the one-line caption under the title on screen */
	caption: string;
	/** for export captions: what a bar or dot counts, and what it is divided by */
	counted: string;
	normalisation: string;
	charts: FigureChart[];
}

/**
 * Stable names for the datasets of each chart kind, used in `off=` of permalinks
 * (e.g. `off=voices:russia,lexicon:assertive-quoted`): dataset order is fixed by the chart functions.
 */
export function seriesKeys(kind: ChartKind, view: ChartView): string[] {
	switch (kind) {
		case 'lexicon':
			return ['assertive-narration', 'assertive-quoted', 'cautious-narration', 'cautious-quoted'];
		case 'voices':
			return view.sides.map((s) => s.id);
		case 'tone':
			return ['valence', 'alarm'];
		case 'first-voice':
			return ['first'];
		case 'voice-kinds':
			return ['direct', 'mixed', 'reported'];
	}
}

/** The key a series has in `off=`. */
export const offKey = (kind: ChartKind, series: string) => `${kind}:${series}`;

/**
 * A copy of a chart config with the switched-off series hidden (`dataset.hidden`, which Chart.js
 * honours on every update) and, for the screen, the canvas legend replaced by the page's own buttons.
 */
export function withView(config: ChartConfiguration, chart: Pick<FigureChart, 'kind' | 'series'>, off: ReadonlySet<string>, canvasLegend: boolean): ChartConfiguration {
	const plugins = config.options?.plugins ?? {};
	return {
		...config,
		data: {
			...config.data,
			datasets: config.data.datasets.map((d, i) => ({ ...d, hidden: off.has(offKey(chart.kind, chart.series[i] ?? String(i))) }))
		},
		options: { ...config.options, plugins: { ...plugins, legend: { ...plugins.legend, display: canvasLegend } } }
	} as ChartConfiguration;
}

/** Every figure of a dashboard view, with its charts' configs: the screen, the images and the print report use the same. */
export function figures(view: ChartView, focus: string, focusLabel: string): Figure[] {
	const rows = view.rows.length;
	const many = isMany(view);
	const chart = (kind: ChartKind, config: ChartConfiguration, height: number, label: string, heading?: string): FigureChart => ({
		kind,
		config,
		height,
		label,
		heading,
		series: seriesKeys(kind, view)
	});
	const voiced = voicedRowCount(view, focus);
	const silentNote =
		voiced < rows ? ` The ${rows - voiced} of ${rows} articles that never quote ${focusLabel} are left out of these two charts; the table lists every article.` : '';
	return [
		{
			id: 'lexicon',
			title: 'Assertive and cautious language',
			caption:
				"Lexicon terms per 1,000 words of each article; the dark part of a bar is the outlet's own narration, the light part words inside quoted or reported statements.",
			counted: "assertive and cautious lexicon terms, matched on dictionary forms (negated terms not counted), split into the outlet's narration and quoted speech",
			normalisation: 'terms per 1,000 words of the whole article; both parts of a bar are divided by all its words, so a bar adds up to the article’s rate',
			charts: [
				chart(
					'lexicon',
					lexiconChart(view) as ChartConfiguration,
					chartHeight(rows, many),
					'Bar chart of assertive and cautious terms per 1,000 words for each outlet, split into narration and quoted speech.'
				)
			]
		},
		{
			id: 'voices',
			title: 'Whose voice: statements by side',
			caption:
				'Attributed statements (quotes and reported speech), counted once per sentence and side; bars are counts, shares are in the tooltip and the table.',
			counted: 'attributed statements (direct quotes and reported speech) by side, once per sentence and side',
			normalisation: 'none: bars are counts; shares of all statements are in the data file',
			charts: [chart('voices', voicesChart(view, focus) as ChartConfiguration, chartHeight(rows, many), 'Stacked bar chart of statements by side for each outlet.')]
		},
		{
			id: 'tone',
			title: 'Headline tone',
			caption:
				'Headline valence from −1 (negative) to +1 (positive) and alarm from 0 to 1 (fear, threat and war words); questions and inferred headlines are flagged under the outlet.',
			counted: 'headline valence (−1 negative … +1 positive) and alarm (0 calm … 1 alarmed) added up from word scores, with negation and intensifiers',
			normalisation: 'scores on fixed scales, not divided by headline length',
			charts: [chart('tone', toneChart(view) as ChartConfiguration, chartHeight(rows, many) + (many ? 0 : 20), 'Bar chart of headline valence and alarm for each outlet.')]
		},
		{
			id: 'first-voice',
			title: `When ${focusLabel} is first heard`,
			caption: `Position of the first ${focusLabel} statement as a share of the article (0 = first sentence); below, how ${focusLabel} is voiced: direct quotes, reported speech or both.${silentNote}`,
			counted: `the first ${focusLabel} statement in each article; ${focusLabel}'s statements by kind (direct quote, mixed, reported speech)`,
			normalisation: 'position as a fraction of the article body (0 = top, 1 = end); kinds are counts',
			charts: [
				chart(
					'first-voice',
					firstVoiceChart(view, focus) as unknown as ChartConfiguration,
					chartHeight(voiced, true, many ? 18 : 30),
					`Dot plot of where ${focusLabel}'s first statement appears in each article.`
				),
				chart(
					'voice-kinds',
					voiceKindsChart(view, focus) as ChartConfiguration,
					chartHeight(voiced, true, many ? 18 : 26),
					`Stacked bar chart of ${focusLabel}'s statements by kind: direct, mixed and reported.`,
					`How ${focusLabel} is voiced`
				)
			]
		}
	];
}
