import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { Chart } from './chart-js';

// The similarity matrix's chart type, registered only by pages that draw one, so the dashboard
// does not download it.
Chart.register(MatrixController, MatrixElement);

export { Chart };
