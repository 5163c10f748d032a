/**
 * chart.js configurations of the results' two kinds of chart, bars and lines, built from plain
 * series. Only types come from chart.js, so the figures can be checked without a canvas. Charts
 * draw without animation: figures for officials, shown at once, and nothing moving for readers who
 * asked for less motion.
 * @module
 */
import type { ChartConfiguration } from 'chart.js';

export const COLORS = { territory: '#000091', departement: '#6a6af4', national: '#929292' };

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
}

/** A category's label: one line, or lines (chart.js draws a `string[]` label as lines). */
export type Label = string | string[];

export function barChart(labels: Label[], series: Series[], options: { horizontal?: boolean; max?: number; unit?: string } = {}): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: { labels, datasets: series.map((item) => ({ label: item.label, data: item.values, backgroundColor: item.color, borderColor: item.color })) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: options.horizontal ? 'y' : 'x',
      scales: {
        [options.horizontal ? 'x' : 'y']: { beginAtZero: true, ...(options.max ? { max: options.max } : {}), ticks: { precision: 0 } },
        // Every category named: chart.js would otherwise skip labels it finds crowded (each bar's band is sized to hold its label).
        ...(options.horizontal ? { y: { ticks: { autoSkip: false } } } : {}),
      },
      plugins: { legend: { display: series.length > 1 } },
    },
  };
}

export function lineChart(labels: Label[], series: Series[], options: { max?: number } = {}): ChartConfiguration<'line'> {
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
