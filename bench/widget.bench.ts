/**
 * `npm run bench:widget`: the widget's cost to a host page, in Chromium with the CPU slowed 4× (a
 * modest phone): it shows within 150 ms of the page's own first content, runs no main-thread task
 * over 50 ms, and moves nothing on the page. Median of eleven cold loads; the figures are printed
 * with their verdicts, written to bench/results/widget.json and attached to the report; only a
 * layout shift fails the run. A benchmark, not a test of
 * `npm test`: on a shared 2-core machine the same code measured +28 to +193 ms in five runs in a
 * row, so a timed assertion there would fail on the machine's noise, not on the widget.
 * A task is a script entry of a Long Animation Frame whose source is the widget's origin: its
 * evaluation, its registration and its first render each run in a task of their own.
 *
 * The floor (issue 15): in the same run, interleaved widget/floor/widget/floor…, each load cold, the
 * same measures of a bare Lit element that renders a question and three choice buttons and nothing
 * else (bench/fixtures/bare-lit.ts, built here with Vite into build/bench/, served by the fixture
 * server from a second origin on a copy of the host page, e2e/fixtures/bare-lit.html). Per variant:
 * the median time from navigation to the first choice on screen, the longest main-thread task of
 * the element's code, and the bytes that arrived before the first choice; then the ratios
 * widget/floor, target ≤ 1.2, printed as met or not met. The widget is loaded twice per round: from
 * the Worker, as towns embed it, and from the floor's own server (e2e/fixtures/perf.html?from=bench,
 * the same built files copied into build/bench/), so that the ratio compares code with code and not
 * `wrangler dev`'s asset serving with a plain Node server. The ratio to the floor is the second's;
 * the first's is printed beside it. Long Animation Frames only report frames
 * over 50 ms, which the floor never reaches, so the compared task is read from a Chromium trace: the
 * longest task of the page's main thread that ran code of the element's origin.
 * `BENCH_LOADS=15 npm run bench:widget` takes more loads per variant (default 11: with five, one
 * variant's median moved by a third between two runs in a row).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { BASE_URL, FIXTURES_URL, fixture } from '../e2e/support.js';

/** The fixture server's second origin (e2e/fixtures/serve.ts), from which the floor's script loads. */
const BENCH_ORIGIN = `http://127.0.0.2:${new URL(FIXTURES_URL).port}`;
const LOADS = Number(process.env.BENCH_LOADS ?? 11);
const RATIO_TARGET = 1.2;

interface Variant {
  name: 'widget' | 'widget-same-server' | 'floor';
  page: string;
  /** Where the page loads the widget from (e2e/fixtures/serve.ts): the Worker unless `bench`. */
  from?: 'bench';
  /** The element whose first `button.choice` the load waits for. */
  tag: string;
  /** Where the element's code comes from: its tasks and bytes are those of this origin. */
  origin: string;
}
const WIDGET: Variant = { name: 'widget', page: 'perf', tag: 'barometre-citoyen', origin: BASE_URL };
const FLOOR: Variant = { name: 'floor', page: 'bare-lit', tag: 'bare-survey', origin: BENCH_ORIGIN };
/** The same widget files, served by the floor's server. */
const SAME_SERVER: Variant = { name: 'widget-same-server', page: 'perf', from: 'bench', tag: 'barometre-citoyen', origin: BENCH_ORIGIN };

interface Load {
  variant: Variant['name'];
  /** The host page's first contentful paint (ms since navigation). */
  hostContent: number;
  /** The first frame in which the survey's first question had a size on screen. */
  widgetVisible: number;
  /** The longest task (a script entry of a long animation frame) the widget's code ran. */
  widgetLongestTask: number;
  /** Those over 50 ms. */
  widgetLongScripts: { duration: number; url: string; invoker: string }[];
  /** Sum of layout-shift values during the load. */
  layoutShift: number;
  /** From the trace: the longest main-thread task that ran code of the element's origin (ms). */
  elementLongestTask: number;
  /** When the element's entry script was requested and when its last byte arrived (ms since navigation). */
  entryScript: { requestedAt: number; arrivedAt: number };
  /** From the trace: the longest script (module evaluation, callback or microtask checkpoint) in those tasks, without their style and layout (ms). */
  elementLongestScript: number;
  /** From the trace: the main-thread time of all those tasks (ms). */
  elementTasksTotal: number;
  /** From the trace: the longest main-thread task of the page, whatever ran in it (ms). */
  mainThreadLongestTask: number;
  /** Responses complete before the first choice showed: bytes on the wire (headers included) and gzip -6 of their bodies. */
  bytesBeforeFirstChoice: { transferred: number; gzip: number; elementTransferred: number; elementGzip: number; requests: string[] };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/**
 * The longest task on the main thread of the host page's renderer, and the longest one that ran the
 * element's code: evaluated a module (the page has no module but the element's graph), or ran a
 * function, compiled or evaluated a script whose URL is on the element's origin. Other renderers (the
 * browser's own WebUI, such as the omnibox popup) are left out.
 */
function longestTasks(trace: Buffer, origin: string): { all: number; element: number; elementTotal: number; elementScript: number } {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const page = traceEvents.find((event) => event.name === 'CommitLoad' && JSON.stringify(event.args ?? {}).includes(FIXTURES_URL))?.pid;
  const thread = traceEvents.find(
    (event) => event.pid === page && event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )?.tid;
  const tasks: TraceEvent[] = [];
  const code: TraceEvent[] = [];
  const microtasks: TraceEvent[] = [];
  for (const event of traceEvents) {
    if (event.pid !== page || event.tid !== thread || event.ph !== 'X') continue;
    if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') tasks.push(event);
    else if (event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') microtasks.push(event);
    else if (event.name === 'v8.evaluateModule' || (event.args && JSON.stringify(event.args).includes(origin))) code.push(event);
  }
  if (tasks.length === 0) return { all: NaN, element: NaN, elementTotal: NaN, elementScript: NaN };
  let all = 0;
  let element = 0;
  let elementTotal = 0;
  let elementScript = 0;
  for (const task of tasks) {
    const duration = (task.dur ?? 0) / 1000;
    all = Math.max(all, duration);
    const end = task.ts + (task.dur ?? 0);
    const within = (event: TraceEvent) => event.ts >= task.ts && event.ts <= end;
    if (!code.some(within)) continue;
    element = Math.max(element, duration);
    elementTotal += duration;
    // Its script alone, without the style and layout of the same task: the code, and the microtasks it queued (Lit renders in one).
    for (const event of [...code.filter(within), ...microtasks.filter(within)]) elementScript = Math.max(elementScript, (event.dur ?? 0) / 1000);
  }
  return { all, element, elementTotal, elementScript };
}

async function measure(browser: Browser, page: Page, variant: Variant): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = new Map<string, { url: string; method: string; transferred: number }>();
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { url: event.request.url, method: event.request.method, transferred: 0 }));
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.transferred = event.encodedDataLength;
  });
  await page.addInitScript(
    ({ origin, tag }: { origin: string; tag: string }) => {
      const state = { widgetVisible: 0, shift: 0, longest: 0, long: [] as { duration: number; url: string; invoker: string }[] };
      (window as unknown as { perf: typeof state }).perf = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) state.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries() as (PerformanceEntry & {
          scripts: { duration: number; sourceURL: string; invokerType: string; invoker: string }[];
        })[]) {
          for (const script of frame.scripts) {
            if (!script.sourceURL.startsWith(origin)) continue;
            state.longest = Math.max(state.longest, script.duration);
            // The invoker tells a module's evaluation from a render run by a resolved promise or a callback.
            if (script.duration > 50)
              state.long.push({ duration: script.duration, url: script.sourceURL, invoker: `${script.invokerType}: ${script.invoker}` });
          }
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
      const poll = (time: number) => {
        const button = document.querySelector(tag)?.shadowRoot?.querySelector('button.choice');
        if (button && button.getBoundingClientRect().height > 0) state.widgetVisible = time;
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    },
    { origin: variant.origin, tag: variant.tag },
  );
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel', 'v8', '__metadata'] });
  await page.goto(fixture(variant.page, { from: variant.from }));
  await page.waitForFunction(() => (window as unknown as { perf: { widgetVisible: number } }).perf.widgetVisible > 0);
  // Let the idle-time work (the outbox chunk, a first flush) run before reading the tasks.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const tasks = longestTasks(await browser.stopTracing(), variant.origin);
  const result = await page.evaluate(() => {
    const { perf } = window as unknown as {
      perf: { widgetVisible: number; shift: number; longest: number; long: { duration: number; url: string; invoker: string }[] };
    };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const arrived = [
      ...performance.getEntriesByType('navigation').map((entry) => ({ url: entry.name, end: (entry as PerformanceNavigationTiming).responseEnd })),
      ...performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, end: (entry as PerformanceResourceTiming).responseEnd })),
    ].filter((entry) => entry.end <= perf.widgetVisible);
    return {
      hostContent: fcp,
      widgetVisible: perf.widgetVisible,
      widgetLongestTask: perf.longest,
      widgetLongScripts: perf.long,
      layoutShift: perf.shift,
      arrived: arrived.map((entry) => entry.url),
      scripts: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, start: entry.startTime, end: (entry as PerformanceResourceTiming).responseEnd })),
    };
  });
  const bytes = { transferred: 0, gzip: 0, elementTransferred: 0, elementGzip: 0, requests: [] as string[] };
  for (const [requestId, request] of requests) {
    if (request.method === 'OPTIONS' || !result.arrived.includes(request.url)) continue;
    const body = (await cdp.send('Network.getResponseBody', { requestId }).catch(() => undefined)) as { body: string; base64Encoded: boolean } | undefined;
    const gzip = body ? gzipSync(Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8')).length : 0;
    bytes.transferred += request.transferred;
    bytes.gzip += gzip;
    if (request.url.startsWith(variant.origin)) {
      bytes.elementTransferred += request.transferred;
      bytes.elementGzip += gzip;
    }
    bytes.requests.push(request.url);
  }
  await cdp.detach();
  const { arrived: _arrived, scripts, ...load } = result;
  // The element's entry script: when it was requested and when its last byte arrived (from `wrangler dev` for the widget, Node for the floor).
  const entry = scripts.find((script) => script.url.startsWith(variant.origin));
  return {
    variant: variant.name,
    ...load,
    elementLongestTask: tasks.element,
    elementLongestScript: tasks.elementScript,
    elementTasksTotal: tasks.elementTotal,
    entryScript: { requestedAt: entry?.start ?? NaN, arrivedAt: entry?.end ?? NaN },
    mainThreadLongestTask: tasks.all,
    bytesBeforeFirstChoice: bytes,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const spread = (values: number[]) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });

/** Builds the floor like the widget (widget/vite.config.ts): an ES module, minified, es2020; copies the built widget beside it. */
test.beforeAll(async () => {
  test.setTimeout(60_000);
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: 'build/bench',
      emptyOutDir: true,
      target: 'es2020',
      minify: true,
      lib: { entry: 'bench/fixtures/bare-lit.ts', formats: ['es'], fileName: () => 'bare-lit.js' },
    },
  });
  // The widget's chunks load from `./widget/chunks/` beside widget.js, wherever it is served from.
  cpSync('build/public/widget.js', 'build/bench/widget.js');
  cpSync('build/public/widget/chunks', 'build/bench/widget/chunks', { recursive: true });
});

test('with 4× CPU throttling: visible within 150 ms of the page, no task over 50 ms, no layout shift; against a bare Lit floor', async ({
  browser,
}, testInfo) => {
  test.setTimeout(60_000 + LOADS * 3 * 30_000);
  const all: Load[] = [];
  for (let run = 0; run < LOADS; run += 1) {
    // Interleaved: widget, the same from the floor's server, floor… so that the machine's moods fall on all.
    for (const variant of [WIDGET, SAME_SERVER, FLOOR]) {
      const context = await browser.newContext();
      all.push(await measure(browser, await context.newPage(), variant));
      await context.close();
    }
  }
  const loads = all.filter((load) => load.variant === 'widget');
  const floorLoads = all.filter((load) => load.variant === 'floor');
  const sameServerLoads = all.filter((load) => load.variant === 'widget-same-server');
  const figures = {
    hostContentMs: median(loads.map((load) => load.hostContent)),
    widgetVisibleMs: median(loads.map((load) => load.widgetVisible)),
    delayMs: median(loads.map((load) => load.widgetVisible - load.hostContent)),
    longestTaskMs: median(loads.map((load) => load.widgetLongestTask)),
    longScriptsOver50Ms: loads.flatMap((load) => load.widgetLongScripts),
    layoutShift: Math.max(...loads.map((load) => load.layoutShift)),
    runs: loads.length,
  };
  const summary = (of: Load[]) => ({
    firstChoiceMs: spread(of.map((load) => load.widgetVisible)),
    hostContentMs: median(of.map((load) => load.hostContent)),
    longestTaskMs: spread(of.map((load) => load.elementLongestTask)),
    longestScriptMs: spread(of.map((load) => load.elementLongestScript)),
    elementTasksTotalMs: spread(of.map((load) => load.elementTasksTotal)),
    entryScriptArrivedMs: spread(of.map((load) => load.entryScript.arrivedAt)),
    entryScriptFetchMs: spread(of.map((load) => load.entryScript.arrivedAt - load.entryScript.requestedAt)),
    mainThreadLongestTaskMs: spread(of.map((load) => load.mainThreadLongestTask)),
    bytesBeforeFirstChoice: {
      transferred: median(of.map((load) => load.bytesBeforeFirstChoice.transferred)),
      gzip: median(of.map((load) => load.bytesBeforeFirstChoice.gzip)),
      elementTransferred: median(of.map((load) => load.bytesBeforeFirstChoice.elementTransferred)),
      elementGzip: median(of.map((load) => load.bytesBeforeFirstChoice.elementGzip)),
    },
    layoutShift: Math.max(...of.map((load) => load.layoutShift)),
    runs: of.length,
  });
  const widget = summary(loads);
  const sameServer = summary(sameServerLoads);
  const floor = summary(floorLoads);
  // Code against code: the widget and the floor sent by the same server.
  const ratios = {
    firstChoice: sameServer.firstChoiceMs.median / floor.firstChoiceMs.median,
    longestTask: sameServer.longestTaskMs.median / floor.longestTaskMs.median,
    /** Not a target: the longest task less the style and layout that share it. */
    longestScript: sameServer.longestScriptMs.median / floor.longestScriptMs.median,
    /** Not a target: the widget as towns load it, from the Worker (locally `wrangler dev`), against the floor from Node. */
    firstChoiceFromWorker: widget.firstChoiceMs.median / floor.firstChoiceMs.median,
  };
  const floorVerdicts = {
    firstChoice: ratios.firstChoice <= RATIO_TARGET ? 'met' : 'not met',
    longestTask: ratios.longestTask <= RATIO_TARGET ? 'met' : 'not met',
  };
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const kb = (value: number) => `${(value / 1000).toFixed(1)} kB`;
  const line = (name: string, of: ReturnType<typeof summary>) =>
    `  ${name.padEnd(18)} first choice ${ms(of.firstChoiceMs.median)} (${ms(of.firstChoiceMs.min)}–${ms(of.firstChoiceMs.max)}), entry script in at ${ms(of.entryScriptArrivedMs.median)} (fetch ${ms(of.entryScriptFetchMs.median)}), longest task ${ms(of.longestTaskMs.median)} (${ms(of.longestTaskMs.min)}–${ms(of.longestTaskMs.max)}) of which script ${ms(of.longestScriptMs.median)}, its tasks in all ${ms(of.elementTasksTotalMs.median)}, main thread's longest ${ms(of.mainThreadLongestTaskMs.median)}, before the first choice ${kb(of.bytesBeforeFirstChoice.gzip)} gzip / ${kb(of.bytesBeforeFirstChoice.transferred)} transferred (element's own ${kb(of.bytesBeforeFirstChoice.elementGzip)} / ${kb(of.bytesBeforeFirstChoice.elementTransferred)})`;
  console.log(
    [
      `widget performance, 4× CPU throttling, median of ${loads.length}: host content ${figures.hostContentMs.toFixed(0)} ms, widget visible ${figures.widgetVisibleMs.toFixed(0)} ms (+${figures.delayMs.toFixed(0)} ms), longest widget task ${figures.longestTaskMs.toFixed(0)} ms (tasks over 50 ms in all runs: ${figures.longScriptsOver50Ms.length}), layout shift ${figures.layoutShift}`,
      `against the floor (a bare Lit element, three buttons), ${LOADS} cold loads each, interleaved, median (min–max):`,
      line('widget (Worker)', widget),
      line('widget (floor’s)', sameServer),
      line('floor', floor),
      `  ratio widget/floor, both from the floor's server: first choice ${ratios.firstChoice.toFixed(2)} (≤ ${RATIO_TARGET}: ${floorVerdicts.firstChoice}), longest task ${ratios.longestTask.toFixed(2)} (≤ ${RATIO_TARGET}: ${floorVerdicts.longestTask}); longest script alone ${ratios.longestScript.toFixed(2)} (not a target); first choice with the widget from the Worker ${ratios.firstChoiceFromWorker.toFixed(2)} (not a target: the server differs)`,
    ].join('\n'),
  );
  await testInfo.attach('widget-performance.json', {
    body: JSON.stringify({ figures, widget, sameServer, floor, ratios, loads: all }, null, 2),
    contentType: 'application/json',
  });
  mkdirSync('bench/results', { recursive: true });
  const verdicts = {
    delay: figures.delayMs <= 150 ? 'ok' : 'MISSED',
    longestTask: figures.longestTaskMs <= 50 ? 'ok' : 'MISSED',
    layoutShift: figures.layoutShift === 0 ? 'ok' : 'MISSED',
  };
  writeFileSync(
    'bench/results/widget.json',
    `${JSON.stringify(
      {
        startedAt: new Date().toISOString(),
        cpuThrottling: 4,
        targets: { delayMs: 150, longestTaskMs: 50, layoutShift: 0, ratioToFloor: RATIO_TARGET },
        figures,
        verdicts,
        floor: {
          element: 'bench/fixtures/bare-lit.ts',
          page: 'e2e/fixtures/bare-lit.html',
          sameServerPage: 'e2e/fixtures/perf.html?from=bench',
          widget,
          sameServer,
          floor,
          ratios,
          verdicts: floorVerdicts,
        },
        loads,
        sameServerLoads,
        floorLoads,
      },
      null,
      2,
    )}\n`,
  );
  // Timings are a benchmark's figures, printed with their verdicts and written, never asserted: the
  // longest task's median measured 47 to 64 ms in four runs of one evening on this machine, around
  // its 50 ms target. A layout shift does not depend on the machine's mood: that one fails the run.
  console.log(`  targets: delay ${verdicts.delay}, longest widget task ${verdicts.longestTask}, layout shift ${verdicts.layoutShift}`);
  expect(figures.layoutShift).toBe(0);
});
