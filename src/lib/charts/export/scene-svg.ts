import { FONT_FAMILY } from '../base-options';
import { px, type Scene, type SceneItem } from './scene';

/**
 * Text for XML: the five special characters escaped, and characters XML 1.0 forbids (control
 * characters, lone surrogates, U+FFFE/FFFF) dropped, so an outlet name or headline can never
 * break the file or inject markup.
 */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const attr = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${escapeXml(typeof value === 'number' ? String(px(value)) : value)}"`);

/** Lines as tspans; the space between them keeps the element's text content the whole label. */
function lines(it: Extract<SceneItem, { type: 'text' }>): string {
	return (it.lines ?? []).map((line, k) => `<tspan${attr('x', it.x)}${attr('dy', k === 0 ? 0 : (it.lineHeight ?? it.size * 1.25))}>${escapeXml(line)}</tspan>`).join(' ');
}

function item(it: SceneItem): string {
	switch (it.type) {
		case 'rect':
			return `<rect${attr('x', it.x)}${attr('y', it.y)}${attr('width', it.width)}${attr('height', it.height)}${attr('fill', it.fill)}${attr('stroke', it.stroke)}${attr('stroke-width', it.strokeWidth)}${attr('opacity', it.opacity)}/>`;
		case 'line':
			return `<line${attr('x1', it.x1)}${attr('y1', it.y1)}${attr('x2', it.x2)}${attr('y2', it.y2)}${attr('stroke', it.stroke)}${attr('stroke-width', it.width)}/>`;
		case 'circle':
			return `<circle${attr('cx', it.cx)}${attr('cy', it.cy)}${attr('r', it.r)}${attr('fill', it.fill)}${attr('stroke', it.stroke)}${attr('stroke-width', it.strokeWidth)}/>`;
		case 'text':
			return (
				`<text${attr('x', it.x)}${attr('y', it.y)}${attr('font-size', it.size)}${attr('fill', it.fill)}` +
				`${it.anchor === 'start' ? '' : attr('text-anchor', it.anchor)}${it.bold ? ' font-weight="bold"' : ''}` +
				`${it.struck ? ' text-decoration="line-through"' : ''}${it.rotate ? attr('transform', `rotate(${it.rotate} ${px(it.x)} ${px(it.y)})`) : ''}>` +
				`${it.lines ? lines(it) : escapeXml(it.text)}</text>`
			);
	}
}

/** A standalone SVG file: vector shapes, every word as <text>, a white background, title and description for screen readers. */
export function sceneToSvg(scene: Scene): string {
	const { width, height } = scene;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="title desc">`,
		`<title id="title">${escapeXml(scene.title)}</title>`,
		`<desc id="desc">${escapeXml(scene.description)}</desc>`,
		`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
		...scene.items.map(item),
		'</svg>',
		''
	].join('\n');
}
