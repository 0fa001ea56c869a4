/**
 * Chart.js's own label for a tick of a linear axis (Ticks.formatters.numeric), written for English
 * without Intl.NumberFormat: creating the first number format of a page costs 15–35 ms in a fresh
 * browser tab, which delayed the first chart by as much. Same decimals, same thousands separator.
 */
export function numericTick(value: number | string, _index: number, ticks: { value: number }[]): string {
	const tick = Number(value);
	if (tick === 0) return '0';
	let delta = tick;
	if (ticks.length > 1) {
		delta = ticks.length > 3 ? ticks[2].value - ticks[1].value : ticks[1].value - ticks[0].value;
		if (Math.abs(delta) >= 1 && tick !== Math.floor(tick)) delta = tick - Math.floor(tick);
	}
	const logDelta = Math.log10(Math.abs(delta));
	const decimals = Number.isNaN(logDelta) ? 1 : Math.max(Math.min(-Math.floor(logDelta), 20), 0);
	return withThousands(roundHalfExpand(tick, decimals));
}

// toFixed rounds the binary value (1.005 -> "1.00"); Intl rounds the shortest decimal that reads back
// as the number (1.005 -> "1.01"), so round that decimal string by hand
function roundHalfExpand(x: number, decimals: number): string {
	const negative = x < 0;
	const abs = Math.abs(x);
	const written = abs.toString();
	const [int, frac = ''] = (written.includes('e') ? abs.toFixed(20) : written).split('.');
	let digits = (int + frac.padEnd(decimals + 1, '0').slice(0, decimals)).split('').map(Number);
	if ((frac[decimals] ?? '0') >= '5') {
		let k = digits.length - 1;
		while (k >= 0 && digits[k] === 9) digits[k--] = 0;
		if (k < 0) digits = [1, ...digits];
		else digits[k]++;
	}
	const s = digits.join('');
	const intPart = s.slice(0, s.length - decimals).replace(/^0+(?=\d)/, '') || '0';
	const fracPart = decimals ? '.' + s.slice(s.length - decimals) : '';
	const out = intPart + fracPart;
	// Intl keeps the sign of a negative number that rounds to zero ("-0.0")
	return negative ? '-' + out : out;
}

function withThousands(s: string): string {
	const [sign, int, frac] = /^(-?)(\d+)(.*)$/.exec(s)!.slice(1);
	return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}
