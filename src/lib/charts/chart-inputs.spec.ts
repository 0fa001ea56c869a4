import { describe, expect, it } from 'vitest';
import { chartView } from './chart-view';
import { chartInputsHtml, screenCharts, type ChartInputs } from './chart-inputs';
import { CHART_INPUTS_ID } from './chart-inputs-id';
import { realStory } from './export/real-reports';

/** What drawEarly reads back from the page. */
function fromPage(html: string): ChartInputs {
	const match = html.match(new RegExp(`^<script type="application/json" id="${CHART_INPUTS_ID}">(.*)</script>$`, 's'));
	return JSON.parse(match![1]) as ChartInputs;
}

describe('chart inputs written into the page', () => {
	const { comparison } = realStory();
	const views = {
		'the bundled story': chartView(comparison),
		'teaching mode, two outlets': chartView(comparison, { hideNames: true, selected: comparison.rows.slice(1, 3).map((r) => r.path) })
	};

	for (const [name, view] of Object.entries(views))
		it(`give the same five charts after the trip through JSON: ${name}`, () => {
			const inputs: ChartInputs = { view, focus: 'russia', focusLabel: 'Russia', off: ['voices:nato'] };
			const direct = screenCharts(inputs);
			const early = screenCharts(fromPage(chartInputsHtml(inputs)));
			expect(early.map((c) => c.kind)).toEqual(['lexicon', 'voices', 'tone', 'first-voice', 'voice-kinds']);
			expect(early.map((c) => JSON.stringify(c.config.data))).toEqual(direct.map((c) => JSON.stringify(c.config.data)));
			expect(early.map((c) => c.label)).toEqual(direct.map((c) => c.label));
			expect(early[1].config.data.datasets.find((d) => d.label === 'NATO')?.hidden).toBe(true);
		});

	it('cannot be closed early by a string in the data', () => {
		const view = chartView(comparison);
		const inputs: ChartInputs = { view: { ...view, labels: view.labels.map(() => '</script><b>x') }, focus: 'russia', focusLabel: 'Russia', off: [] };
		const html = chartInputsHtml(inputs);
		expect(html.indexOf('</script>')).toBe(html.length - '</script>'.length);
		expect(fromPage(html).view.labels[0]).toBe('</script><b>x');
	});
});
