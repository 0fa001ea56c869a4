/**
 * Colours safe for the common colour-vision deficiencies: Okabe & Ito (2008) for sides,
 * Paul Tol's "muted" scheme for the two language poles and for outlets. A side keeps its colour
 * in every chart; Russia gets vermillion, the colour that stands out most against the rest.
 */
const SIDE_COLOURS: Record<string, string> = {
	russia: '#D55E00',
	nato: '#0072B2',
	europe: '#56B4E9',
	us: '#009E73',
	ukraine: '#E69F00',
	other: '#8C8C8C'
};
const EXTRA_SIDE_COLOURS = ['#CC79A7', '#000000', '#F0E442'];

export function sideColour(id: string, order: string[] = []): string {
	if (SIDE_COLOURS[id]) return SIDE_COLOURS[id];
	const custom = order.filter((s) => !SIDE_COLOURS[s]);
	const i = custom.indexOf(id);
	return EXTRA_SIDE_COLOURS[(i < 0 ? 0 : i) % EXTRA_SIDE_COLOURS.length];
}

export const POLE_COLOURS = {
	assertive: '#882255',
	cautious: '#44AA99'
} as const;

/** Lighter fills for the quoted-speech part of a bar, so narration and quotes read as one pole. */
export const POLE_QUOTED_COLOURS = {
	assertive: '#C68AA8',
	cautious: '#A2D5CC'
} as const;

const OUTLET_COLOURS = ['#332288', '#117733', '#CC6677', '#999933', '#AA4499', '#88CCEE', '#DDCC77', '#44AA99'];

/** Outlets keep one colour per story; beyond eight they share a neutral grey rather than repeat. */
export function outletColour(index: number, total: number): string {
	return total <= OUTLET_COLOURS.length ? OUTLET_COLOURS[index % OUTLET_COLOURS.length] : '#5F6B7A';
}

/** Text colour readable on a given fill (WCAG relative luminance). */
export function inkOn(hex: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? '#111111' : '#FFFFFF';
}
