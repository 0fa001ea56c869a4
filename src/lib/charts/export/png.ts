import type { ChartConfiguration } from 'chart.js';
import { INK } from '../base-options';
import { Chart } from '../chart-js';
import { FONT_FAMILY, MUTED, type SceneChart } from './chart-scene';
import { wrapText, type Measure } from './text-metrics';

// Browser only: draws the figure with Chart.js itself, as on screen, onto one 2x canvas.

const SCALE = 2;
const WIDTH = 960;
const PAD = 20;

function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
	return (text, size, bold = false) => {
		ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
		return ctx.measureText(text).width;
	};
}

/** One chart drawn offscreen by Chart.js at twice the pixel density, legend on, no tooltips, no animation. */
function drawChart(config: ChartConfiguration, width: number, height: number): { canvas: HTMLCanvasElement; done: () => void } {
	const holder = document.createElement('div');
	// laid out but out of sight, so fonts and sizes resolve as on screen
	holder.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px;`;
	holder.setAttribute('aria-hidden', 'true');
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	holder.append(canvas);
	document.body.append(holder);
	const plugins = config.options?.plugins ?? {};
	const chart = new Chart(canvas, {
		type: config.type,
		// a JSON copy: plain data, never a Svelte proxy
		data: JSON.parse(JSON.stringify(config.data)),
		options: {
			...config.options,
			responsive: false,
			animation: false,
			devicePixelRatio: SCALE,
			plugins: { ...plugins, legend: { ...plugins.legend, display: true }, tooltip: { enabled: false } }
		},
		plugins: config.plugins
	} as ChartConfiguration);
	return {
		canvas,
		done: () => {
			chart.destroy();
			holder.remove();
		}
	};
}

/**
 * A PNG of a figure: white background, the title, each chart with its legend (and heading), then
 * the caption lines, at 2x resolution (1920 pixels wide).
 */
export async function figurePng(title: string, charts: SceneChart[], caption: string[]): Promise<Blob> {
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw on a canvas');
	const measure = canvasMeasure(ctx);
	const inner = WIDTH - 2 * PAD;
	const titleLines = wrapText(title, inner, 20, measure, true);
	const captionLines = caption.map((c) => wrapText(c, inner, 12, measure));
	const drawn = charts.map((c) => ({ ...c, ...drawChart(c.config, inner, c.height) }));
	try {
		let height = PAD + titleLines.length * 26 + 8;
		for (const c of drawn) height += (c.heading ? 26 : 0) + c.height + 10;
		height += 12 + captionLines.flat().length * 16 + PAD;
		out.width = WIDTH * SCALE;
		out.height = Math.ceil(height) * SCALE;
		ctx.scale(SCALE, SCALE);
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, WIDTH, height);
		ctx.textBaseline = 'alphabetic';
		ctx.fillStyle = INK;
		ctx.font = `bold 20px ${FONT_FAMILY}`;
		let y = PAD;
		for (const line of titleLines) {
			y += 24;
			ctx.fillText(line, PAD, y);
		}
		y += 10;
		for (const c of drawn) {
			if (c.heading) {
				ctx.fillStyle = INK;
				ctx.font = `bold 15px ${FONT_FAMILY}`;
				ctx.fillText(c.heading, PAD, y + 18);
				y += 26;
			}
			ctx.drawImage(c.canvas, PAD, y, inner, c.height);
			y += c.height + 10;
		}
		ctx.fillStyle = '#e3e6ea';
		ctx.fillRect(PAD, y + 4, inner, 1);
		y += 8;
		ctx.fillStyle = MUTED;
		ctx.font = `12px ${FONT_FAMILY}`;
		for (const line of captionLines.flat()) {
			y += 16;
			ctx.fillText(line, PAD, y);
		}
	} finally {
		for (const c of drawn) c.done();
	}
	return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}
