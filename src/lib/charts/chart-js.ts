import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	PointElement,
	ScatterController,
	Tooltip
} from 'chart.js';

// only what our charts use, so the browser downloads a fraction of Chart.js
Chart.register(BarController, BarElement, CategoryScale, LinearScale, PointElement, ScatterController, Tooltip, Legend);

export { Chart };
