/**
 * chart.js, with only the pieces the results use registered (bars and lines), so the results entry
 * stays as small as chart.js allows. Charts draw without animation: figures for officials, shown at
 * once, and nothing moving for readers who asked for less motion.
 * @module
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export const COLORS = { territory: '#000091', departement: '#6a6af4', national: '#929292' };

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
}

export function barChart(labels: string[], series: Series[], options: { horizontal?: boolean; max?: number; unit?: string } = {}): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: { labels, datasets: series.map((item) => ({ label: item.label, data: item.values, backgroundColor: item.color, borderColor: item.color })) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: options.horizontal ? 'y' : 'x',
      scales: { [options.horizontal ? 'x' : 'y']: { beginAtZero: true, ...(options.max ? { max: options.max } : {}), ticks: { precision: 0 } } },
      plugins: { legend: { display: series.length > 1 } },
    },
  };
}

export function lineChart(labels: string[], series: Series[], options: { max?: number } = {}): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels,
      datasets: series.map((item) => ({
        label: item.label,
        data: item.values,
        borderColor: item.color,
        backgroundColor: item.color,
        spanGaps: false,
        tension: 0,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ...(options.max ? { max: options.max } : {}) } },
      plugins: { legend: { display: series.length > 1 } },
    },
  };
}

export { Chart };
