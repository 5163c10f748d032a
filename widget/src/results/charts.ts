/**
 * chart.js, with only the pieces the results use registered (bars and lines), so the results entry
 * stays as small as chart.js allows, and the charts of one element: one `Chart` per canvas, kept
 * across renders and updated with new figures, destroyed only when its canvas goes away or the
 * element leaves the page.
 *
 * Drawing a chart holds a phone's main thread for a tenth of a second or more, and a dashboard has
 * seven: each is drawn in its own task, and only once its canvas is near the screen. The charts a
 * reader scrolls to are drawn as they approach, before printing every chart is drawn at once.
 * @module
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { yieldToMain } from '../internal/yield.js';
import type { ChartSpec } from './chart-specs.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** How far below (or above) the screen a canvas counts as near: drawn before the reader gets there. */
const NEAR_PX = 300;

function nearScreen(canvas: HTMLCanvasElement): boolean {
  const { top, bottom } = canvas.getBoundingClientRect();
  return top < innerHeight + NEAR_PX && bottom > -NEAR_PX;
}

export class ChartSet {
  private readonly charts = new Map<string, Chart>();
  /** Charts to draw when their canvas comes near the screen, with the latest figures. */
  private readonly waiting = new Map<HTMLCanvasElement, ChartSpec>();
  private observer?: IntersectionObserver;
  /** Bumped by each `sync` and by `destroy`: a sync still drawing stops when a newer one has started. */
  private generation = 0;
  /** New figures a cancelled sync had not yet given every chart: the next sync does. */
  private stale = false;

  /**
   * Brings the charts in line with `specs` and the canvases now in the DOM (`canvasOf`). A chart
   * whose canvas is the same and whose kind is unchanged gets the new data and options when
   * `changed` says the specs are new (or a cancelled sync left it behind); a new canvas gets a new
   * chart, now if it is near the screen, otherwise when it comes near; a chart without its canvas,
   * or shown as « insufficient », is destroyed. The main thread is given back before each chart
   * drawn. True once every chart near the screen is drawn; false when a newer `sync` (or
   * `destroy`) took over.
   */
  async sync(specs: readonly ChartSpec[], canvasOf: (id: string) => HTMLCanvasElement | null, changed: boolean): Promise<boolean> {
    const generation = ++this.generation;
    const update = (this.stale ||= changed);
    this.stopWaiting();
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
      const current = this.charts.get(spec.id);
      if (current && !update) continue;
      if (!current && !nearScreen(canvas)) {
        this.wait(canvas, spec);
        continue;
      }
      await yieldToMain();
      if (generation !== this.generation) return false;
      // The canvas may have left while the main thread was given back: the next sync sees to it.
      if (!canvas.isConnected) continue;
      this.draw(canvas, spec);
    }
    for (const [id, chart] of this.charts) {
      if (wanted.has(id)) continue;
      chart.destroy();
      this.charts.delete(id);
    }
    this.stale = false;
    return true;
  }

  /** Draws every chart still waiting, at once (before printing: the paper shows them all). */
  drawAll(): void {
    for (const [canvas, spec] of this.waiting) this.draw(canvas, spec);
    this.stopWaiting();
  }

  destroy(): void {
    this.generation += 1;
    this.stopWaiting();
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
  }

  private draw(canvas: HTMLCanvasElement, spec: ChartSpec): void {
    const chart = this.charts.get(spec.id);
    if (chart?.canvas === canvas) {
      chart.data = spec.config.data as never;
      chart.options = spec.config.options as never;
      chart.update();
    } else {
      chart?.destroy();
      const drawn = new Chart(canvas, spec.config as never);
      this.charts.set(spec.id, drawn);
      // The chart's own layout (its scales, their measured labels) for the browser tests that check
      // no label is cut: chart.js is bundled, so `Chart.getChart` is out of the page's reach.
      Object.defineProperty(canvas, 'chart', { value: drawn, configurable: true });
    }
  }

  private wait(canvas: HTMLCanvasElement, spec: ChartSpec): void {
    this.waiting.set(canvas, spec);
    this.observer ??= new IntersectionObserver((entries) => void this.approached(entries), { rootMargin: `${NEAR_PX}px 0px` });
    this.observer.observe(canvas);
  }

  /** Canvases that came near the screen: each chart drawn in its own task. */
  private async approached(entries: IntersectionObserverEntry[]): Promise<void> {
    const generation = this.generation;
    for (const entry of entries) {
      const canvas = entry.target as HTMLCanvasElement;
      if (!entry.isIntersecting || !this.waiting.has(canvas)) continue;
      this.observer?.unobserve(canvas);
      await yieldToMain();
      const spec = this.waiting.get(canvas);
      if (generation !== this.generation || !spec || !canvas.isConnected) continue;
      this.waiting.delete(canvas);
      this.draw(canvas, spec);
    }
  }

  private stopWaiting(): void {
    this.observer?.disconnect();
    this.waiting.clear();
  }
}
