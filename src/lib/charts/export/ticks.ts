/** Round tick values for a value axis: steps of 1, 2 or 5 times a power of ten, about `target` of them. */
export function niceTicks(min: number, max: number, options: { target?: number; integer?: boolean } = {}): number[] {
	const target = options.target ?? 6;
	if (!(max > min)) max = min + 1;
	const raw = (max - min) / Math.max(1, target - 1);
	const power = 10 ** Math.floor(Math.log10(raw));
	let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	if (options.integer) step = Math.max(1, Math.round(step));
	const first = Math.floor(min / step + 1e-9) * step;
	const ticks: number[] = [];
	// the bound avoids a runaway loop if a caller passes NaN
	for (let v = first, n = 0; v <= max + step * 1e-9 && n < 1000; v += step, n++) ticks.push(Number(v.toFixed(10)));
	if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)));
	return ticks;
}

/** Tick text as Chart.js prints it by default: no trailing zeros, a minus sign for negatives. */
export function tickLabel(value: number): string {
	const text = Number(value.toFixed(6)).toString();
	return value < 0 ? `−${text.slice(1)}` : text;
}
