/**
 * `npm run bench:widget`: the widget's cost to a host page, in Chromium with the CPU slowed 4× (a
 * modest phone): it shows within 150 ms of the page's own first content, runs no main-thread task
 * over 50 ms, and moves nothing on the page. Median of five cold loads; the figures are printed,
 * written to bench/results/widget.json and attached to the report. A benchmark, not a test of
 * `npm test`: on a shared 2-core machine the same code measured +28 to +193 ms in five runs in a
 * row, so a timed assertion there would fail on the machine's noise, not on the widget.
 * A task is a script entry of a Long Animation Frame whose source is the widget's origin: its
 * evaluation, its registration and its first render each run in a task of their own.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { BASE_URL, fixture } from '../e2e/support.js';

interface Load {
  /** The host page's first contentful paint (ms since navigation). */
  hostContent: number;
  /** The first frame in which the survey's first question had a size on screen. */
  widgetVisible: number;
  /** The longest task (a script entry of a long animation frame) the widget's code ran. */
  widgetLongestTask: number;
  /** Those over 50 ms. */
  widgetLongScripts: { duration: number; url: string }[];
  /** Sum of layout-shift values during the load. */
  layoutShift: number;
}

async function measure(page: Page): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((origin: string) => {
    const state = { widgetVisible: 0, shift: 0, longest: 0, long: [] as { duration: number; url: string }[] };
    (window as unknown as { perf: typeof state }).perf = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) state.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as (PerformanceEntry & { scripts: { duration: number; sourceURL: string }[] })[]) {
        for (const script of frame.scripts) {
          if (!script.sourceURL.startsWith(origin)) continue;
          state.longest = Math.max(state.longest, script.duration);
          if (script.duration > 50) state.long.push({ duration: script.duration, url: script.sourceURL });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    const poll = (time: number) => {
      const button = document.querySelector('barometre-citoyen')?.shadowRoot?.querySelector('button.choice');
      if (button && button.getBoundingClientRect().height > 0) state.widgetVisible = time;
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, BASE_URL);
  await page.goto(fixture('perf'));
  await page.waitForFunction(() => (window as unknown as { perf: { widgetVisible: number } }).perf.widgetVisible > 0);
  // Let the idle-time work (the outbox chunk, a first flush) run before reading the tasks.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const { perf } = window as unknown as { perf: { widgetVisible: number; shift: number; longest: number; long: { duration: number; url: string }[] } };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return { hostContent: fcp, widgetVisible: perf.widgetVisible, widgetLongestTask: perf.longest, widgetLongScripts: perf.long, layoutShift: perf.shift };
  });
  await cdp.detach();
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

test('with 4× CPU throttling: visible within 150 ms of the page, no task over 50 ms, no layout shift', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const loads: Load[] = [];
  for (let run = 0; run < 5; run += 1) {
    const context = await browser.newContext();
    loads.push(await measure(await context.newPage()));
    await context.close();
  }
  const figures = {
    hostContentMs: median(loads.map((load) => load.hostContent)),
    widgetVisibleMs: median(loads.map((load) => load.widgetVisible)),
    delayMs: median(loads.map((load) => load.widgetVisible - load.hostContent)),
    longestTaskMs: median(loads.map((load) => load.widgetLongestTask)),
    longScriptsOver50Ms: loads.flatMap((load) => load.widgetLongScripts),
    layoutShift: Math.max(...loads.map((load) => load.layoutShift)),
    runs: loads.length,
  };
  console.log(
    `widget performance, 4× CPU throttling, median of ${loads.length}: host content ${figures.hostContentMs.toFixed(0)} ms, widget visible ${figures.widgetVisibleMs.toFixed(0)} ms (+${figures.delayMs.toFixed(0)} ms), longest widget task ${figures.longestTaskMs.toFixed(0)} ms (tasks over 50 ms in all runs: ${figures.longScriptsOver50Ms.length}), layout shift ${figures.layoutShift}`,
  );
  await testInfo.attach('widget-performance.json', { body: JSON.stringify({ figures, loads }, null, 2), contentType: 'application/json' });
  mkdirSync('bench/results', { recursive: true });
  const verdicts = {
    delay: figures.delayMs <= 150 ? 'ok' : 'MISSED',
    longestTask: figures.longestTaskMs <= 50 ? 'ok' : 'MISSED',
    layoutShift: figures.layoutShift === 0 ? 'ok' : 'MISSED',
  };
  writeFileSync(
    'bench/results/widget.json',
    `${JSON.stringify({ startedAt: new Date().toISOString(), cpuThrottling: 4, targets: { delayMs: 150, longestTaskMs: 50, layoutShift: 0 }, figures, verdicts, loads }, null, 2)}\n`,
  );
  expect(figures.delayMs).toBeLessThanOrEqual(150);
  // Median of the five runs, like the other figures: one run disturbed by the machine is not the widget.
  expect(figures.longestTaskMs).toBeLessThanOrEqual(50);
  expect(figures.layoutShift).toBe(0);
});
