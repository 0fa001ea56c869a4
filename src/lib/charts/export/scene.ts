/** A chart drawn as plain shapes and text: rendered to an SVG string for downloads and as Svelte elements for print. */
export type SceneItem =
	| { type: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string; strokeWidth?: number; opacity?: number }
	| { type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
	| { type: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
	| {
			type: 'text';
			/** x of the anchor point, y of the (first) baseline */
			x: number;
			y: number;
			/** the whole text, lines joined by spaces */
			text: string;
			/** the text broken into lines, `lineHeight` apart, when it needs more than one */
			lines?: string[];
			lineHeight?: number;
			size: number;
			fill: string;
			anchor: 'start' | 'middle' | 'end';
			bold?: boolean;
			/** degrees, around (x, y) */
			rotate?: number;
			/** drawn struck through: a legend entry switched off */
			struck?: boolean;
	  };

export interface Scene {
	width: number;
	height: number;
	/** the figure title, also the SVG <title> */
	title: string;
	/** the caption, also the SVG <desc> */
	description: string;
	items: SceneItem[];
}

/** Round to 0.1 px: plenty for print, and keeps files small and specs readable. */
export const px = (n: number) => Math.round(n * 10) / 10;
