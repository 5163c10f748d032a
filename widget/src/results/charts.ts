/**
 * chart.js, with only the pieces the results use registered (bars and lines), so the results entry
 * stays as small as chart.js allows, and the charts of one element: one `Chart` per canvas, kept
 * across renders and updated with new figures, destroyed only when its canvas goes away or the
 * element leaves the page.
 * @module
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { ChartSpec } from './chart-specs.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export class ChartSet {
  private readonly charts = new Map<string, Chart>();

  /**
   * Brings the charts in line with `specs` and the canvases now in the DOM (`canvasOf`). A chart
   * whose canvas is the same and whose kind is unchanged gets the new data and options when
   * `changed` says the specs are new; a new canvas gets a new chart; a chart without its canvas,
   * or shown as « insufficient », is destroyed.
   */
  sync(specs: readonly ChartSpec[], canvasOf: (id: string) => HTMLCanvasElement | null, changed: boolean): void {
    const wanted = new Set<string>();
    for (const spec of specs) {
      const canvas = spec.insufficient ? null : canvasOf(spec.id);
      const chart = this.charts.get(spec.id);
      if (chart && (chart.canvas !== canvas || (chart.config as { type?: string }).type !== spec.config.type)) {
        chart.destroy();
        this.charts.delete(spec.id);
      }
      if (!canvas) continue;
      wanted.add(spec.id);
      const kept = this.charts.get(spec.id);
      if (!kept) {
        this.charts.set(spec.id, new Chart(canvas, spec.config as never));
      } else if (changed) {
        kept.data = spec.config.data as never;
        kept.options = spec.config.options as never;
        kept.update();
      }
    }
    for (const [id, chart] of this.charts) {
      if (wanted.has(id)) continue;
      chart.destroy();
      this.charts.delete(id);
    }
  }

  destroy(): void {
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
  }
}
