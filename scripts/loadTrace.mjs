// What fills the main thread while a page of the built site (out/) loads, from a Chromium
// trace taken as Lighthouse's mobile preset sees the page (412x823 viewport, 4x slower CPU):
// the longest tasks with what filled them (scripts by function, parsing, style and layout,
// with the script that forced a layout), and the main thread's totals by kind of work.
//   node scripts/loadTrace.mjs --page batch-normalization [--seconds 6] [--cpu 4] [--top 8] [--dir out] [--css '<rules>'] [--layouts]
// --layouts also lists each layout over 3 ms (objects laid out, of how many) and what invalidated
// style and layout (font loads, scripts)
// --page is a lesson's slug, `guide`, `/` for the home page, or a path such as ko/lessons/<slug>.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.mjs';
import { startServer } from './serve.mjs';

const { values: opts } = parseArgs({
  options: {
    page: { type: 'string', default: '/' },
    seconds: { type: 'string', default: '6' },
    cpu: { type: 'string', default: '4' },
    top: { type: 'string', default: '8' },
    dir: { type: 'string', default: 'out' },
    css: { type: 'string' },
    layouts: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(
    'Usage: node scripts/loadTrace.mjs --page <path part> [--seconds 6] [--cpu 4] [--top 8]',
  );
  process.exit(0);
}
if (!existsSync(`${opts.dir}/index.html`)) {
  console.error(`${opts.dir}/ has no site: run \`npm run build\` first.`);
  process.exit(1);
}

const { url: SITE, close } = await startServer({ dir: opts.dir });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
});
const context = await browser.newContext({
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
});
const page = await context.newPage();
// --css tries a stylesheet on the page before changing the site (added as the document starts).
if (opts.css)
  await page.addInitScript((css) => {
    const add = () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.documentElement.append(style);
    };
    if (document.documentElement) add();
    else document.addEventListener('readystatechange', add, { once: true });
  }, opts.css);
page.on('pageerror', (e) => console.log('page error:', e.message));
const part = opts.page.replace(/^\/|\/$/g, '');
// A path with a slash is the site's own (ko/lessons/<slug>, ko/guide); a bare word is an English lesson.
const path = !part ? '' : part.includes('/') || part === 'guide' ? `${part}/` : `lessons/${part}/`;
const url = new URL(path, SITE).href;

const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(opts.cpu) });
// A sampled CPU profile beside the trace names the functions inside microtasks and callbacks.
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  categories:
    'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,v8,v8.execute,blink.user_timing,loading',
  transferMode: 'ReportEvents',
});
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(Number(opts.seconds) * 1000);
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await finished;
await browser.close();
await close();

const names = new Map(
  events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
);
const key = (e) => `${e.pid}:${e.tid}`;
const runTasks = events.filter(
  (e) => e.ph === 'X' && e.name === 'RunTask' && names.get(key(e)) === 'CrRendererMain',
);
// The page's main thread: the renderer thread that parsed the page's HTML.
const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
const main = parse ? key(parse) : undefined;
const tasks = runTasks.filter((e) => key(e) === main).sort((a, b) => a.ts - b.ts);
const inside = events
  .filter((e) => e.ph === 'X' && key(e) === main && e.name !== 'RunTask')
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const origin = parse?.ts ?? 0;

const file = (u = '') => u.split('/').pop() || u;
/** A readable name for a trace event; a forced style or layout names the script that forced it. */
function label(e) {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  if (['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame'].includes(e.name))
    return `${e.name} ${data.functionName || ''} ${file(data.url)}`.replace(/\s+/g, ' ').trim();
  if (e.name === 'EventDispatch') return `EventDispatch ${data.type ?? ''}`;
  if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') {
    const frame = (e.args?.beginData ?? e.args?.data)?.stackTrace?.[0];
    return frame ? `${e.name} forced by ${frame.functionName || '?'} ${file(frame.url)}` : e.name;
  }
  return e.name;
}

/** Self time by label of the events nested in [start, end). */
function selfTimes(start, end) {
  const within = inside.filter((e) => e.ts >= start && e.ts + (e.dur ?? 0) <= end);
  const nodes = [];
  const stack = [];
  for (const e of within) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    // Self time in the thread's own CPU time: it holds still when other work shares the cores.
    const cpu = e.tdur ?? e.dur ?? 0;
    const node = { ts: e.ts, dur: e.dur ?? 0, self: cpu, label: label(e) };
    if (stack.length) stack.at(-1).self -= cpu;
    stack.push(node);
    nodes.push(node);
  }
  const totals = new Map();
  for (const n of nodes) totals.set(n.label, (totals.get(n.label) ?? 0) + n.self / 1000);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

// Each sample's time (trace clock, µs) and its function, for the script time inside a task.
const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const samples = [];
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i];
  const f = nodes.get(id);
  if (!['(idle)', '(program)', '(root)'].includes(f.functionName))
    samples.push({ at, name: `${f.functionName || '(anonymous)'} ${file(f.url)}:${f.lineNumber}` });
});
/** Script self time by function over [start, end), from the samples. */
function scriptTimes(start, end) {
  const within = samples.filter((s) => s.at >= start && s.at < end);
  const totals = new Map();
  within.forEach((s, i) => {
    const next = within[i + 1]?.at ?? s.at;
    totals.set(s.name, (totals.get(s.name) ?? 0) + Math.min(next - s.at, 1000) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

const ms = (x) => `${x.toFixed(0)} ms`;
const cpuMs = (t) => (t.tdur ?? t.dur) / 1000;
const over50 = (ms_) => tasks.map(ms_).filter((d) => d > 50);
const blocking = (ms_) => over50(ms_).reduce((s, d) => s + d - 50, 0);
const wallMs = (t) => t.dur / 1000;
console.log(
  `${url} (cpu x${opts.cpu}): ${tasks.length} tasks; wall: ${over50(wallMs).length} over 50 ms, ` +
    `blocking ${ms(blocking(wallMs))}, busy ${ms(tasks.reduce((s, t) => s + wallMs(t), 0))}; ` +
    `thread CPU: ${over50(cpuMs).length} over 50 ms, blocking ${ms(blocking(cpuMs))}, ` +
    `busy ${ms(tasks.reduce((s, t) => s + cpuMs(t), 0))}`,
);
// Lighthouse's mobile TBT from this trace's thread CPU time, as its simulation scales observed
// tasks: each task after the first contentful paint, 4x slower (over --cpu), counts past 50 ms.
const fcp = events.find((e) => e.name === 'firstContentfulPaint' && key(e) === main)?.ts;
const slowdown = 4 / Number(opts.cpu);
const tbtEstimate = tasks
  .filter((t) => fcp !== undefined && t.ts >= fcp)
  .reduce((sum, t) => sum + Math.max(0, cpuMs(t) * slowdown - 50), 0);
console.log(
  `first contentful paint at +${fcp === undefined ? '?' : ((fcp - origin) / 1000).toFixed(0)} ms; ` +
    `TBT estimate from thread CPU at 4x: ${ms(tbtEstimate)}`,
);
const end = Math.max(...tasks.map((t) => t.ts + t.dur));
console.log('Whole load, self time (thread CPU) by kind:');
for (const [name, t] of selfTimes(origin, end).slice(0, 15)) console.log(`  ${name} ${ms(t)}`);
console.log('Whole load, script self time by function:');
for (const [name, t] of scriptTimes(origin, end).slice(0, 10)) console.log(`  ${name} ${ms(t)}`);
const fonts = events.filter(
  (e) => e.name === 'ResourceSendRequest' && /\.woff2?$/.test(e.args?.data?.url),
);
console.log(`Fonts requested: ${fonts.map((e) => file(e.args.data.url)).join(', ')}`);
for (const task of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, Number(opts.top))) {
  console.log(
    `task at +${((task.ts - origin) / 1000).toFixed(0)} ms: wall ${ms(wallMs(task))}, cpu ${ms(cpuMs(task))}\n    ` +
      selfTimes(task.ts, task.ts + task.dur)
        .slice(0, 6)
        .map(([n, t]) => `${n} ${ms(t)}`)
        .join('\n    ') +
      '\n    scripts: ' +
      scriptTimes(task.ts, task.ts + task.dur)
        .slice(0, 5)
        .map(([n, t]) => `${n} ${ms(t)}`)
        .join(', '),
  );
}
if (opts.layouts) {
  for (const e of inside.filter((e) => e.name === 'Layout' && (e.tdur ?? e.dur) > 3000))
    console.log(
      `layout at +${((e.ts - origin) / 1000).toFixed(0)} ms cpu ${ms((e.tdur ?? e.dur) / 1000)} ${JSON.stringify(e.args?.beginData ?? {}).slice(0, 200)}`,
    );
  for (const e of events
    .filter(
      (e) => key(e) === main && /Font|InvalidateLayout|ScheduleStyleRecalculation/.test(e.name),
    )
    .slice(0, 60))
    console.log(
      `${e.name} +${((e.ts - origin) / 1000).toFixed(0)} ${JSON.stringify(e.args?.data ?? {}).slice(0, 150)}`,
    );
}
