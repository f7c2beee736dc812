// What runs on a page's main thread while one widget trains, from a Chromium trace of
// the built site (out/). Beside each task's wall time (what the bench's longtask observer
// sees) it reports the main thread's own CPU time, which holds still when other work shares
// the cores, and for the longest tasks what filled them (scripts by function, layout, GC…).
//   node scripts/mainThreadTasks.mjs --page batch-normalization --widget batch-norm-race [--seconds 6] [--top 5] [--min 30]
// Also prints the widget's steps/s over the traced window (from data-step), and per second of
// the training worker's CPU time (steadier under load than per second of wall time).
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const pagePart = flag('--page', null);
const widget = flag('--widget', null);
const seconds = Number(flag('--seconds', 6));
const top = Number(flag('--top', 5));
const min = Number(flag('--min', 30));
if (!pagePart || !widget) {
  console.error(
    'usage: node scripts/mainThreadTasks.mjs --page <lesson> --widget <data-widget name> [--seconds 6] [--top 5] [--min 30]',
  );
  process.exit(1);
}
if (!existsSync('out/index.html')) {
  console.error('out/ has no site: run `npm run build` first.');
  process.exit(1);
}

const { url: SITE, close } = await startServer({ dir: 'out' });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
});
const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(new URL(`lessons/${pagePart}/`, SITE).href, { waitUntil: 'load' });
const figure = page.locator(`figure[data-widget="${widget}"]`).first();
await figure.scrollIntoViewIfNeeded();
const loaded = page.locator(`figure[data-widget="${widget}"]:not(.widget-placeholder)`).first();
await loaded.waitFor({ timeout: 30_000 });
await page.waitForTimeout(1000);

const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  categories:
    'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing',
  transferMode: 'ReportEvents',
});
const step0 = Number(await loaded.getAttribute('data-step'));
const t0 = Date.now();
await loaded
  .getByRole('button', { name: /^Train$/ })
  .first()
  .click();
await page.waitForTimeout(seconds * 1000);
const step1 = Number(await loaded.getAttribute('data-step'));
const elapsed = (Date.now() - t0) / 1000;
await cdp.send('Tracing.end');
await finished;
await browser.close();
await close();

// The page's main thread: the renderer thread named CrRendererMain that ran the most tasks.
const names = new Map(
  events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
);
const tasks = events.filter(
  (e) =>
    e.ph === 'X' && e.name === 'RunTask' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
);
const perThread = new Map();
tasks.forEach((e) =>
  perThread.set(`${e.pid}:${e.tid}`, (perThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1),
);
const main = [...perThread.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
const onMain = (e) => `${e.pid}:${e.tid}` === main;
const mainTasks = tasks
  .filter(onMain)
  .map((e) => ({ start: e.ts, wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000 }));
const inside = events.filter((e) => e.ph === 'X' && onMain(e) && e.name !== 'RunTask');

/** What filled a task: its direct and nested events' self time, by name (scripts by function and file). */
function breakdown(task) {
  const end = task.start + task.wallMs * 1000;
  const within = inside
    .filter((e) => e.ts >= task.start && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  const stack = [];
  for (const e of within) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).self -= e.dur;
    const data = e.args?.data ?? {};
    const label =
      e.name === 'FunctionCall' ||
      e.name === 'EvaluateScript' ||
      e.name === 'TimerFire' ||
      e.name === 'FireAnimationFrame' ||
      e.name === 'EventDispatch'
        ? `${e.name} ${data.functionName || data.type || ''} ${(data.url || '').split('/').pop()}`.trim()
        : e.name;
    const node = { ts: e.ts, dur: e.dur, self: e.dur, label };
    stack.push(node);
    within.__nodes = within.__nodes ?? [];
    within.__nodes.push(node);
  }
  for (const n of within.__nodes ?? [])
    totals.set(n.label, (totals.get(n.label) ?? 0) + n.self / 1000);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${v.toFixed(1)} ms`);
}

// The training worker: the worker thread that spent the most CPU time in tasks.
const workerCpu = new Map();
events
  .filter(
    (e) =>
      e.ph === 'X' && e.name === 'RunTask' && /Worker/.test(names.get(`${e.pid}:${e.tid}`) ?? ''),
  )
  .forEach((e) =>
    workerCpu.set(
      `${e.pid}:${e.tid}`,
      (workerCpu.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? e.dur) / 1e6,
    ),
  );
const workerSeconds = Math.max(0, ...workerCpu.values());

const long = (key, ms) => mainTasks.filter((t) => t[key] > ms).length;
console.log(
  JSON.stringify({
    widget,
    stepsPerSecond: Math.round(((step1 - step0) / elapsed) * 10) / 10,
    // Steps per second of the worker thread's own CPU time: what the widget would run at with a core to itself.
    stepsPerWorkerCpuSecond:
      workerSeconds > 0 ? Math.round(((step1 - step0) / workerSeconds) * 10) / 10 : null,
    tasks: mainTasks.length,
    longTasksWall: long('wallMs', 50),
    longTasksCpu: long('cpuMs', 50),
    busiestCpuMs: Math.round(Math.max(0, ...mainTasks.map((t) => t.cpuMs)) * 10) / 10,
    mainThreadCpuMs: Math.round(mainTasks.reduce((s, t) => s + t.cpuMs, 0)),
  }),
);
for (const task of [...mainTasks]
  .sort((a, b) => b.cpuMs - a.cpuMs)
  .slice(0, top)
  .filter((t) => t.cpuMs >= min || t.wallMs >= 50)) {
  console.log(
    `task at +${((task.start - mainTasks[0].start) / 1e6).toFixed(2)} s: wall ${task.wallMs.toFixed(1)} ms, cpu ${task.cpuMs.toFixed(1)} ms\n  ${breakdown(task).join('\n  ')}`,
  );
}
