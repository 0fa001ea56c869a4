/**
 * Draws the page's charts (early-charts.ts) as soon as this module is evaluated. The server loads
 * its chunk with a module script in the dashboard's head (server/charts-first.ts), so drawing
 * waits neither for the app's other modules nor for hydration; the app entry imports it too
 * (hooks.client.ts), which draws in development and waits for the drawing before hydrating.
 * It never throws: hydration, and every chart ChartCanvas draws itself, depend on this chunk.
 */
import { drawEarly } from './early-charts';

if (typeof document !== 'undefined') {
	try {
		drawEarly();
	} catch (error) {
		// the page still hydrates, and ChartCanvas then draws the charts itself
		console.error('The charts could not be drawn before hydration:', error);
	}
}

// for the app entry, which draws whatever was not parsed yet when this module ran
export { drawEarly } from './early-charts';
