// The project's bench: measures the budgets of DESIGN.md on the built site
// (out/, served compressed as `npm start` serves it) in headless Chromium, prints
// tables and writes bench-results/bench.json.
//   node scripts/bench.mjs [--lighthouse] [--seconds 4] [--page <part>] [--dir out] [--only <part>]
// Per page: gzipped JavaScript loaded before any widget starts (widgets are
// held back by stubbing IntersectionObserver). Per training widget: steps/s
// in the worker (all of a race's networks take each step together, so
// network-steps/s = steps/s x networks), ms from pressing Train to the first
// plotted point (cold), main-thread long tasks (> 50 ms) while training.
// ReceptiveField: ms from moving the pointer over the output map to the
// effective-receptive-field heatmap, for 6-layer stacks on a 64x64 input.
// The MLP comparison: BatchNormRace's per-network steps/s against tfjs-layers'
// model.fit on the same 64-64-64-10 network, batch 64, wasm, in the same run.
//   --lighthouse               Lighthouse's mobile preset on every page of both editions too (--lighthouse-timeout 180 s per page)
//   --lighthouse-runs 3        runs per page; the run with the median performance score is reported
//                              (its TBT/LCP and main-thread diagnostics), with every run's score
//   --only receptive-field     just the heatmap;  --only pages: just the pages and widgets
//   --only mlp-comparison      just the comparison;  --only lighthouse: just Lighthouse on every page
//   --page batch-normalization just the pages whose path contains it
//   --soak 600                 each training widget trains that long, alone in its tab, sampled every
//                              min(60, seconds/10) s: the worker's live tensors, the worker's and the
//                              page's heap, input delay; growth is flagged (--only soak: just that;
//                              --widget batch-norm just the widgets whose name contains it)
//   --dir out-before           another build of the site (to compare before and after a change)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.mjs';
import { startServer } from './serve.mjs';
import { layersFitStepsPerSecond } from './bench/layersFit.mjs';
import { lighthousePage } from './bench/lighthouse.mjs';
import { soakWidget, widgetsOf } from './bench/soak.mjs';
import { table } from './bench/table.mjs';

const PARTS = ['receptive-field', 'pages', 'mlp-comparison', 'lighthouse', 'soak'];
const { values: opts } = parseArgs({
  options: {
    lighthouse: { type: 'boolean', default: false },
    'lighthouse-timeout': { type: 'string', default: '180' },
    'lighthouse-runs': { type: 'string', default: '1' },
    seconds: { type: 'string', default: '4' },
    only: { type: 'string' },
    page: { type: 'string' },
    soak: { type: 'string' },
    widget: { type: 'string' },
    dir: { type: 'string', default: 'out' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help || (opts.only && !PARTS.includes(opts.only))) {
  console.log(
    `Usage: node scripts/bench.mjs [--lighthouse] [--lighthouse-timeout 180] [--lighthouse-runs 1] [--seconds 4] [--page <part>] [--dir out] [--only ${PARTS.join('|')}]`,
  );
  process.exit(opts.help ? 0 : 1);
}
const seconds = Number(opts.seconds);
const runs = (part) =>
  opts.only
    ? opts.only === part
    : part === 'lighthouse'
      ? opts.lighthouse
      : part === 'soak'
        ? opts.soak !== undefined
        : true;
const soakSeconds = Number(opts.soak ?? 60);
const BUDGET = {
  initialJsKb: 160,
  firstPointMs: 1500,
  longTasks: 0,
  erfUpdateMs: 100,
  lighthouse: { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 0.95 },
};

if (!existsSync(join(opts.dir, 'index.html'))) {
  console.error(`${opts.dir}/ has no site: run \`npm run build\` first.`);
  process.exit(1);
}
const executablePath = findChromium();
const { url: SITE, close } = await startServer({ dir: opts.dir });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

async function newPage({ holdWidgets = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript((hold) => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) =>
        window.__longTasks.push(...list.getEntries().map((e) => e.duration)),
      ).observe({ type: 'longtask', buffered: true });
    } catch {}
    if (hold)
      window.IntersectionObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      };
  }, holdWidgets);
  return { context, page: await context.newPage() };
}

/** Every page the two editions' home pages link to (lessons, guide, home pages). */
async function pages() {
  const found = new Set([SITE]);
  const { context, page } = await newPage({ holdWidgets: true });
  for (const home of [SITE, new URL('ko/', SITE).href]) {
    await page.goto(home);
    for (const link of await page.$$eval('a[href]', (as) => as.map((a) => a.href)))
      if (link.startsWith(SITE)) found.add(link.split('#')[0].split('?')[0]);
  }
  await context.close();
  return [...found];
}
/** A Korean page runs the same widget code as its English twin: its widgets are not timed again. */
const isKorean = (path) => path.includes('/ko/');

function gzippedSize(url) {
  const file = join(opts.dir, decodeURIComponent(new URL(url).pathname));
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

async function initialJs(url) {
  const { context, page } = await newPage({ holdWidgets: true });
  const scripts = new Set();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.url().startsWith(SITE.replace(/\/$/, '')))
      scripts.add(r.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const bytes = [...scripts].reduce((sum, s) => sum + gzippedSize(s), 0);
  return { scripts: scripts.size, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
}

async function trainingWidgets(url) {
  const { context, page } = await newPage();
  await page.goto(url, { waitUntil: 'load' });
  const names = await page.$$eval('figure[data-widget]', (fs) => fs.map((f) => f.dataset.widget));
  await context.close();
  const results = [];
  for (const [index, name] of names.entries()) {
    const { context: ctx, page: p } = await newPage();
    await p.goto(url, { waitUntil: 'load' });
    const figure = p.locator('figure[data-widget]').nth(index);
    await figure.scrollIntoViewIfNeeded().catch(() => {});
    const loaded = p.locator(`figure[data-widget="${name}"]:not(.widget-placeholder)`).first();
    await loaded.waitFor({ timeout: 30_000 }).catch(() => {});
    const train = loaded.getByRole('button', { name: /^Train$/ }).first();
    if ((await train.count()) === 0 || (await loaded.getAttribute('data-step')) === null) {
      await ctx.close();
      continue;
    }
    await p.evaluate(() => (window.__longTasks.length = 0));
    const t0 = Date.now();
    await train.click();
    const firstPointMs = await p
      .waitForFunction(
        (n) => Number(document.querySelectorAll('figure[data-widget]')[n]?.dataset.step) >= 1,
        index,
        { timeout: 30_000, polling: 'raf' },
      )
      .then(() => Date.now() - t0)
      .catch(() => null);
    await p.waitForTimeout(500);
    // Steps over the window, or up to the last step seen running when the run ends sooner.
    const span = await p.evaluate(
      ({ n, ms }) =>
        new Promise((resolve) => {
          const figure = document.querySelectorAll('figure[data-widget]')[n];
          const read = () => ({
            step: Number(figure.dataset.step),
            at: performance.now(),
            running: figure.dataset.status === 'running',
          });
          const first = read();
          let last = first;
          const poll = () => {
            const now = read();
            if (now.running) last = now;
            if (!now.running || now.at - first.at >= ms)
              resolve({
                steps: last.step - first.step,
                seconds: (last.at - first.at) / 1000,
                status: figure.dataset.status,
              });
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        }),
      { n: index, ms: seconds * 1000 },
    );
    const measured = span.seconds >= 1;
    const longTasks = await p.evaluate(() => window.__longTasks.filter((d) => d > 50).length);
    const backend = await loaded
      .locator('.widget-status')
      .innerText()
      .catch(() => '');
    // A race reports one accuracy output per network, all stepping together. The names are the
    // experiment's declared metrics (`accuracy-*`), typed in components/widget/Output.tsx (metricOutput).
    const networks = Math.max(1, await loaded.locator('output[name^="accuracy-"]').count());
    const stepsPerSecond = measured ? Math.round((span.steps / span.seconds) * 10) / 10 : null;
    results.push({
      widget: name,
      backend: /WebAssembly/.test(backend) ? 'wasm' : /CPU/.test(backend) ? 'cpu' : 'unknown',
      networks,
      stepsPerSecond: measured
        ? stepsPerSecond
        : `ran under a second (${span.status}): not measured`,
      networkStepsPerSecond: measured ? Math.round(stepsPerSecond * networks * 10) / 10 : null,
      measuredSeconds: Math.round(span.seconds * 10) / 10,
      firstPointMs,
      longTasks,
    });
    await ctx.close();
  }
  return results;
}

const conv = (kernel, stride = 1, padding = 0, dilation = 1) => ({
  type: 'conv',
  kernel,
  stride,
  padding,
  dilation,
});
/** Six-layer stacks for the receptive-field heatmap: plain, dilated, and mixed with strides and a pool. */
const ERF_STACKS = [
  ['six 3×3 convolutions', Array.from({ length: 6 }, () => conv(3, 1, 1))],
  ['dilations 1, 2, 4, 1, 2, 4', [1, 2, 4, 1, 2, 4].map((d) => conv(3, 1, d, d))],
  ['six 5×5 convolutions, dilation 2', Array.from({ length: 6 }, () => conv(5, 1, 4, 2))],
  [
    'conv, strided, dilated, pool, conv, dilated 5×5',
    [
      conv(3, 1, 1),
      conv(3, 2, 1),
      conv(3, 1, 2, 2),
      { type: 'pool', kernel: 2, stride: 2, padding: 0, dilation: 1 },
      conv(3, 1, 1),
      conv(5, 1, 0, 3),
    ],
  ],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * Moves the pointer over `moves` cells of ReceptiveField's output map and reads two times per
 * move: the widget's own `data-update-ms` (pointer handler to the heatmap's commit) and the
 * time from the pointer event to the second animation frame after that commit (painted).
 */
async function receptiveFieldUpdates(url, moves = 15) {
  const results = [];
  for (const [name, layers] of ERF_STACKS) {
    const { context, page } = await newPage();
    await page.goto(`${url}?receptive-field.inputSize=64`, { waitUntil: 'load' });
    await page
      .locator('figure[data-widget="receptive-field"]')
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => {});
    const figure = page
      .locator('figure[data-widget="receptive-field"]:not(.widget-placeholder)')
      .first();
    await figure.waitFor({ timeout: 30_000 });
    while ((await figure.locator('fieldset').count()) < layers.length)
      await figure.getByRole('button', { name: 'Add layer' }).click();
    for (const [i, l] of layers.entries()) {
      await page.selectOption(`#rf-type-${i}`, l.type);
      for (const [key, value] of [
        ['k', l.kernel],
        ['s', l.stride],
        ['p', l.padding],
        ['d', l.dilation],
      ]) {
        if (key === 'd' && l.type === 'pool') continue;
        await page.fill(`#rf-${key}-${i}`, String(value));
      }
    }
    await page.waitForFunction(
      () =>
        document.querySelector('figure[data-widget="receptive-field"]')?.dataset.status === 'done',
      null,
      { timeout: 30_000 },
    );
    const side = Number(
      await figure.locator('output[name="output-size"]').getAttribute('data-value'),
    );
    const map = figure.locator('.chart-focus-ring').first();
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    await page.evaluate(() =>
      document.addEventListener('pointermove', (e) => (window.__lastPointer = e.timeStamp), {
        capture: true,
      }),
    );
    const updateMs = [];
    const paintedMs = [];
    for (let m = 0; m < moves; m++) {
      const row = (m * 7 + 3) % side;
      const col = (m * 11 + 5) % side;
      await page.evaluate(
        () =>
          delete document.querySelector('.widget-slot:has(figure[data-widget="receptive-field"])')
            .dataset.updateMs,
      );
      await page.mouse.move(
        box.x + ((col + 0.5) / side) * box.width,
        box.y + ((row + 0.5) / side) * box.height,
      );
      const timing = await page
        .waitForFunction(
          () => {
            const ms = document.querySelector(
              '.widget-slot:has(figure[data-widget="receptive-field"])',
            )?.dataset.updateMs;
            return (
              ms &&
              new Promise((resolve) =>
                requestAnimationFrame(() =>
                  requestAnimationFrame(() =>
                    resolve([Number(ms), performance.now() - window.__lastPointer]),
                  ),
                ),
              )
            );
          },
          null,
          { timeout: 10_000, polling: 'raf' },
        )
        .then((h) => h.jsonValue())
        .catch(() => null);
      if (timing) {
        updateMs.push(timing[0]);
        paintedMs.push(timing[1]);
      }
      await page.waitForTimeout(100);
    }
    results.push({
      stack: name,
      layers: layers.length,
      inputSize: 64,
      outputSide: side,
      moves: updateMs.length,
      updateMs: { median: median(updateMs), max: Math.max(...updateMs) },
      paintedMs: { median: median(paintedMs), max: Math.max(...paintedMs) },
      withinBudget: updateMs.length === moves && Math.max(...updateMs) <= BUDGET.erfUpdateMs,
    });
    console.log(JSON.stringify(results.at(-1)));
    await context.close();
  }
  return results;
}

/** The run with the median performance score (a failed run counts as the lowest), with every run's score. */
function medianRun(lighthouseRuns) {
  const perf = (r) => (r.error ? -1 : (r.scores.performance ?? -1));
  const sorted = [...lighthouseRuns].sort((a, b) => perf(a) - perf(b));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  return lighthouseRuns.length === 1
    ? middle
    : { ...middle, performanceRuns: lighthouseRuns.map((r) => (r.error ? null : perf(r))) };
}

const report = { date: new Date().toISOString(), budgets: BUDGET, pages: [] };
const wanted = (path) => !opts.page || path.includes(opts.page);
report.receptiveField =
  runs('receptive-field') && wanted('/lessons/convolution-types/')
    ? await receptiveFieldUpdates(new URL('lessons/convolution-types/', SITE).href)
    : [];
const pageUrls =
  runs('pages') || runs('lighthouse') || runs('soak')
    ? (await pages()).filter((u) => wanted(new URL(u).pathname))
    : [];
for (const url of pageUrls) {
  const path = new URL(url).pathname;
  const entry = { page: path };
  if (runs('pages')) {
    entry.initialJs = await initialJs(url);
    entry.initialJs.withinBudget = entry.initialJs.gzipKb <= BUDGET.initialJsKb;
    if (path.includes('/lessons/') && !isKorean(path)) {
      entry.widgets = (await trainingWidgets(url)).map((w) => ({
        ...w,
        firstPointWithinBudget: w.firstPointMs !== null && w.firstPointMs < BUDGET.firstPointMs,
        longTasksWithinBudget: w.longTasks <= BUDGET.longTasks,
      }));
    }
  }
  if (runs('soak') && path.includes('/lessons/') && !isKorean(path)) {
    entry.soak = [];
    const names = await widgetsOf(browser, url);
    for (const [index, name] of names.entries()) {
      if (opts.widget && !name.includes(opts.widget)) continue;
      const result = await soakWidget(browser, url, index, {
        seconds: soakSeconds,
        interval: Math.min(60, soakSeconds / 10),
      });
      if (result) {
        entry.soak.push(result);
        console.log(JSON.stringify({ page: path, ...result }));
      }
    }
  }
  if (runs('lighthouse')) {
    // The server compresses each file once, on its first request: load the page once first so
    // Lighthouse times a warm server, as a host that precompresses its files would be.
    const warm = await browser.newPage();
    await warm.goto(url, { waitUntil: 'load' });
    await warm.close();
    const lighthouseRuns = [];
    for (let r = 0; r < Math.max(1, Number(opts['lighthouse-runs'])); r++)
      lighthouseRuns.push(
        await lighthousePage(url, {
          executablePath,
          timeoutMs: Number(opts['lighthouse-timeout']) * 1000,
        }),
      );
    entry.lighthouse = medianRun(lighthouseRuns);
    entry.lighthouseWithinBudget =
      !entry.lighthouse.error &&
      Object.entries(BUDGET.lighthouse).every(
        ([k, min]) => (entry.lighthouse.scores[k] ?? 0) >= min,
      );
  }
  report.pages.push(entry);
  console.log(JSON.stringify(entry));
}

if (runs('mlp-comparison')) {
  // Ours: BatchNormRace on its defaults (the MLP, batch 64), every network stepping together.
  let ours = report.pages
    .flatMap((p) => p.widgets ?? [])
    .find((w) => w.widget === 'batch-norm-race');
  if (!ours)
    ours = (await trainingWidgets(new URL('lessons/batch-normalization/', SITE).href)).find(
      (w) => w.widget === 'batch-norm-race',
    );
  const layers = await layersFitStepsPerSecond(browser, SITE, seconds).catch((error) => ({
    error: error.message,
  }));
  const perNetwork = typeof ours?.stepsPerSecond === 'number' ? ours.stepsPerSecond : null;
  report.mlpComparison = {
    network: '64-64-64-10, batch 64, SGD',
    ours: ours
      ? {
          widget: 'batch-norm-race',
          networks: ours.networks,
          stepsPerSecondPerNetwork: perNetwork,
          networkStepsPerSecond: ours.networkStepsPerSecond,
        }
      : null,
    tfjsLayersFit: layers,
    // Network-steps per second, ours over model.fit's: above 1, our loop trains more networks' steps per second.
    ratio:
      ours?.networkStepsPerSecond && layers.stepsPerSecond
        ? Math.round((ours.networkStepsPerSecond / layers.stepsPerSecond) * 100) / 100
        : null,
  };
}
await browser.close();
await close();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2));

const round = (x) => (typeof x === 'number' ? Math.round(x) : x);
const score = (x) => (typeof x === 'number' ? Math.round(x * 100) : x);
console.log('');
if (runs('pages')) {
  console.log(
    table(
      'Initial JavaScript per page (gzipped, before any widget starts)',
      ['page', 'KB', 'scripts', 'budget'],
      report.pages.map((p) => [
        p.page,
        p.initialJs.gzipKb,
        p.initialJs.scripts,
        p.initialJs.withinBudget ? 'ok' : `> ${BUDGET.initialJsKb} KB`,
      ]),
    ),
  );
  console.log(
    table(
      `Training widgets (${seconds} s each; network-steps/s = steps/s x networks)`,
      [
        'page',
        'widget',
        'backend',
        'networks',
        'steps/s',
        'network-steps/s',
        'first point ms',
        'long tasks',
      ],
      report.pages.flatMap((p) =>
        (p.widgets ?? []).map((w) => [
          p.page,
          w.widget,
          w.backend,
          w.networks,
          typeof w.stepsPerSecond === 'number' ? w.stepsPerSecond : 'under 1 s',
          w.networkStepsPerSecond,
          w.firstPointMs,
          w.longTasks,
        ]),
      ),
    ),
  );
}
if (report.receptiveField.length) {
  console.log(
    table(
      'ReceptiveField heatmap after a pointer move (64x64 input)',
      ['stack', 'update ms median', 'max', 'painted ms median', 'max'],
      report.receptiveField.map((r) => [
        r.stack,
        round(r.updateMs.median),
        round(r.updateMs.max),
        round(r.paintedMs.median),
        round(r.paintedMs.max),
      ]),
    ),
  );
}
if (report.mlpComparison) {
  const m = report.mlpComparison;
  console.log(
    table(
      `MLP ${m.network}: our BatchNormRace loop vs tfjs-layers model.fit (wasm), same run`,
      ['trainer', 'networks', 'steps/s', 'network-steps/s'],
      [
        [
          'BatchNormRace (ours)',
          m.ours?.networks,
          m.ours?.stepsPerSecondPerNetwork,
          m.ours?.networkStepsPerSecond,
        ],
        [
          'tfjs-layers model.fit',
          1,
          m.tfjsLayersFit.error ?? Math.round(m.tfjsLayersFit.stepsPerSecond * 10) / 10,
          Math.round((m.tfjsLayersFit.stepsPerSecond ?? 0) * 10) / 10,
        ],
      ],
    ) + `ratio (ours / model.fit, network-steps/s): ${m.ratio ?? '–'}\n`,
  );
}
if (runs('lighthouse')) {
  console.log(
    table(
      'Lighthouse, mobile preset (scores out of 100)',
      ['page', 'perf', 'a11y', 'best pr.', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'perf runs'],
      report.pages.map((p) =>
        p.lighthouse.error
          ? [p.page, `failed: ${p.lighthouse.error}`, '', '', '', '', '', '', '', '']
          : [
              p.page,
              ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) =>
                score(p.lighthouse.scores[c]),
              ),
              round(p.lighthouse.metrics.fcpMs),
              round(p.lighthouse.metrics.lcpMs),
              round(p.lighthouse.metrics.tbtMs),
              p.lighthouse.metrics.cls?.toFixed(3),
              (p.lighthouse.performanceRuns ?? []).map(score).join(' '),
            ],
      ),
    ),
  );
}

if (runs('soak')) {
  const cells = (s) => [
    s.tensors,
    s.dataBuffers,
    s.workerHeapMb,
    s.pageHeapMb,
    s.inputDelayMs,
    s.toNextFrameMs,
  ];
  console.log(
    table(
      `Soak (${soakSeconds} s per widget): first sample / last sample; heaps in MB after GC, delays in ms`,
      [
        'page',
        'widget',
        'runs',
        'tensors',
        'buffers',
        'worker heap',
        'page heap',
        'input delay',
        'to frame',
        'flags',
      ],
      report.pages.flatMap((p) =>
        (p.soak ?? []).map((w) => {
          const [a, b] = [cells(w.samples[0]), cells(w.samples.at(-1))];
          return [
            p.page,
            w.widget,
            w.runs,
            ...a.map((x, i) => `${x ?? '–'} / ${b[i] ?? '–'}`),
            w.error ? `error: ${w.error}` : w.flags.join('; ') || 'steady',
          ];
        }),
      ),
    ),
  );
}

const misses = report.pages
  .flatMap((p) => [
    ...(!p.initialJs || p.initialJs.withinBudget
      ? []
      : [`${p.page}: initial JS ${p.initialJs.gzipKb} KB > ${BUDGET.initialJsKb} KB`]),
    ...(p.widgets ?? []).flatMap((w) => [
      ...(w.firstPointWithinBudget
        ? []
        : [`${p.page} ${w.widget}: first point ${w.firstPointMs} ms`]),
      ...(w.longTasksWithinBudget ? [] : [`${p.page} ${w.widget}: ${w.longTasks} long tasks`]),
    ]),
    ...(p.soak ?? [])
      .filter((w) => w.error || w.flags.length)
      .map((w) => `${p.page} ${w.widget} soak: ${w.error ?? w.flags.join('; ')}`),
    ...(p.lighthouse && !p.lighthouseWithinBudget
      ? [`${p.page}: lighthouse ${JSON.stringify(p.lighthouse.scores ?? p.lighthouse.error)}`]
      : []),
  ])
  .concat(
    report.receptiveField
      .filter((r) => !r.withinBudget)
      .map((r) => `receptive-field ${r.stack}: heatmap update max ${r.updateMs.max} ms`),
  );
console.log(misses.length ? `Budgets missed:\n- ${misses.join('\n- ')}` : 'All budgets met.');
console.log('Written to bench-results/bench.json');
// Lighthouse may leave handles open after a killed run.
process.exit(0);
