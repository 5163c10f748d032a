/**
 * chart.js, with only the pieces the results use registered (bars and lines), so the results entry
 * stays as small as chart.js allows, and the charts of one element: one `Chart` per canvas, kept
 * across renders and updated with new figures, destroyed only when its canvas goes away or the
 * element leaves the page. Each chart is drawn in its own task: seven charts drawn at once would
 * hold a phone's main thread for most of a second.
 * @module
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { yieldToMain } from '../internal/yield.js';
import type { ChartSpec } from './chart-specs.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export class ChartSet {
  private readonly charts = new Map<string, Chart>();
  /** Bumped by each `sync` and by `destroy`: a sync still drawing stops when a newer one has started. */
  private generation = 0;
  /** New figures a cancelled sync had not yet given every chart: the next sync does. */
  private stale = false;

  /**
   * Brings the charts in line with `specs` and the canvases now in the DOM (`canvasOf`). A chart
   * whose canvas is the same and whose kind is unchanged gets the new data and options when
   * `changed` says the specs are new (or a cancelled sync left it behind); a new canvas gets a new
   * chart; a chart without its canvas, or shown as « insufficient », is destroyed. The main thread
   * is given back before each chart drawn. True once every chart is drawn; false when a newer
   * `sync` (or `destroy`) took over.
   */
  async sync(specs: readonly ChartSpec[], canvasOf: (id: string) => HTMLCanvasElement | null, changed: boolean): Promise<boolean> {
    const generation = ++this.generation;
    const update = (this.stale ||= changed);
    const wanted = new Set<string>();
    for (const spec of specs) {
      if (!this.charts.has(spec.id) || update) {
        await yieldToMain();
        if (generation !== this.generation) return false;
      }
      const canvas = spec.insufficient ? null : canvasOf(spec.id);
      const chart = this.charts.get(spec.id);
      if (chart && (chart.canvas !== canvas || (chart.config as { type?: string }).type !== spec.config.type)) {
        chart.destroy();
        this.charts.delete(spec.id);
      }
      if (!canvas) continue;
      wanted.add(spec.id);
      const current = this.charts.get(spec.id);
      if (!current) {
        this.charts.set(spec.id, new Chart(canvas, spec.config as never));
      } else if (update) {
        current.data = spec.config.data as never;
        current.options = spec.config.options as never;
        current.update();
      }
    }
    for (const [id, chart] of this.charts) {
      if (wanted.has(id)) continue;
      chart.destroy();
      this.charts.delete(id);
    }
    this.stale = false;
    return true;
  }

  destroy(): void {
    this.generation += 1;
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
  }
}
