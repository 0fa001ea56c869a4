import { describe, expect, it } from 'vitest';
import { chartView } from './chart-view';
import { chartInputsJson, screenCharts, type ChartInputs } from './chart-inputs';
import { realStory } from './export/real-reports';

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
			const early = screenCharts(JSON.parse(chartInputsJson(inputs)) as ChartInputs);
			expect(early.map((c) => c.kind)).toEqual(['lexicon', 'voices', 'tone', 'first-voice', 'voice-kinds']);
			expect(early.map((c) => JSON.stringify(c.config.data))).toEqual(direct.map((c) => JSON.stringify(c.config.data)));
			expect(early.map((c) => c.label)).toEqual(direct.map((c) => c.label));
			expect(early[1].config.data.datasets.find((d) => d.label === 'NATO')?.hidden).toBe(true);
		});
});
