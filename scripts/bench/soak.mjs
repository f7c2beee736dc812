// The bench's soak: each training widget trains for a while in a tab of its own (its lesson
// opened, the widget scrolled into view, Train pressed, Train pressed again whenever a run
// finishes), one widget at a time. Every `interval` seconds it samples
//   - the worker's live tfjs tensors and backend data buffers, from the `memory` the worker
//     reports with each batch of metrics (the harness listens to the worker's messages);
//   - the worker's and the page's JS heap after a garbage collection (CDP Runtime.getHeapUsage);
//   - input delay: a key press sent through CDP, timed from the event to its handler and to
//     the next frame.
// Growth between the first and the last sample is flagged.
export const INPUT_DELAY_BUDGET_MS = 100;
const HEAP_GROWTH = { ratio: 0.2, bytes: 2 * 1024 * 1024 };

/** Runs in the page before its scripts: keeps the worker's last memory report and times key presses. */
function harness() {
  const soak = { memory: null, delays: [] };
  window.__soak = soak;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data?.type === 'metrics' && e.data.memory) soak.memory = e.data.memory;
      });
    }
  };
  addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Shift') return;
      const handlerMs = performance.now() - e.timeStamp;
      requestAnimationFrame(() =>
        soak.delays.push({ handlerMs, frameMs: performance.now() - e.timeStamp }),
      );
    },
    true,
  );
}

/**
 * The dedicated workers of a page, reached through one CDP session: auto-attach without
 * flattening, so each worker's commands travel inside Target.sendMessageToTarget.
 */
async function workerSessions(cdp) {
  const workers = new Map();
  const pending = new Map();
  let id = 0;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.set(sessionId, targetInfo.url);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const send = (sessionId, method, params = {}) =>
    new Promise((resolve) => {
      const n = ++id;
      pending.set(n, (reply) => resolve(reply.result ?? null));
      setTimeout(() => pending.has(n) && (pending.delete(n), resolve(null)), 10_000);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: n, method, params }),
      });
    });
  return { workers, send };
}

const mb = (bytes) => (bytes == null ? null : Math.round((bytes / 1048576) * 10) / 10);

async function sample(page, cdp, workers, startedAt) {
  const before = await page.evaluate(() => window.__soak.delays.length);
  await page.keyboard.press('Shift');
  const delay = await page
    .waitForFunction((n) => window.__soak.delays[n], before, { timeout: 10_000 })
    .then((h) => h.jsonValue())
    .catch(() => null);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const pageHeap = await cdp.send('Runtime.getHeapUsage').catch(() => null);
  // The training worker: the page's busiest worker by heap (a widget has one).
  let workerHeap = null;
  for (const sessionId of workers.workers.keys()) {
    await workers.send(sessionId, 'HeapProfiler.collectGarbage');
    const usage = await workers.send(sessionId, 'Runtime.getHeapUsage');
    if (usage && (!workerHeap || usage.usedSize > workerHeap.usedSize)) workerHeap = usage;
  }
  const state = await page.evaluate(() => window.__soak.memory);
  return {
    atSeconds: Math.round((Date.now() - startedAt) / 1000),
    tensors: state?.tensors ?? null,
    dataBuffers: state?.dataBuffers ?? null,
    workerHeapMb: mb(workerHeap?.usedSize),
    pageHeapMb: mb(pageHeap?.usedSize),
    inputDelayMs: delay ? Math.round(delay.handlerMs) : null,
    toNextFrameMs: delay ? Math.round(delay.frameMs) : null,
  };
}

/** What grew from the first sample to the last, in words; empty when nothing did. */
export function soakFlags(first, last) {
  const flags = [];
  if (first.tensors !== null && last.tensors > first.tensors)
    flags.push(`tensors ${first.tensors} -> ${last.tensors}`);
  if (first.dataBuffers !== null && last.dataBuffers > first.dataBuffers)
    flags.push(`data buffers ${first.dataBuffers} -> ${last.dataBuffers}`);
  for (const key of ['workerHeapMb', 'pageHeapMb']) {
    const [a, b] = [first[key], last[key]];
    if (
      a !== null &&
      b !== null &&
      b - a > HEAP_GROWTH.bytes / 1048576 &&
      b > a * (1 + HEAP_GROWTH.ratio)
    )
      flags.push(`${key} ${a} -> ${b}`);
  }
  if ((last.toNextFrameMs ?? 0) > INPUT_DELAY_BUDGET_MS)
    flags.push(`input delay ${last.toNextFrameMs} ms`);
  return flags;
}

/**
 * Soaks one widget, the `index`-th `figure[data-widget]` of the page at `url`, for `seconds`.
 * Returns null when it is not a training widget (no Train button or no data-step).
 */
export async function soakWidget(browser, url, index, { seconds, interval }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(harness);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const workers = await workerSessions(cdp);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const figure = page.locator('figure[data-widget]').nth(index);
    const name = await figure.getAttribute('data-widget');
    await figure.scrollIntoViewIfNeeded().catch(() => {});
    const loaded = page.locator(`figure[data-widget="${name}"]:not(.widget-placeholder)`).first();
    await loaded.waitFor({ timeout: 30_000 }).catch(() => {});
    const train = loaded.getByRole('button', { name: /^Train$/ }).first();
    if ((await train.count()) === 0 || (await loaded.getAttribute('data-step')) === null)
      return null;
    const startedAt = Date.now();
    await train.click();
    const samples = [];
    let runs = 1;
    let error = null;
    let next = startedAt + interval * 1000;
    while (Date.now() - startedAt < seconds * 1000 && !error) {
      await page.waitForTimeout(1000);
      const status = await loaded.getAttribute('data-status');
      if (status === 'error') error = (await loaded.innerText()).slice(0, 200);
      else if (status === 'done') {
        await loaded.scrollIntoViewIfNeeded().catch(() => {});
        await train.click();
        runs++;
      }
      if (Date.now() >= next) {
        samples.push(await sample(page, cdp, workers, startedAt));
        next += interval * 1000;
      }
    }
    if (samples.length === 0) samples.push(await sample(page, cdp, workers, startedAt));
    const [first, last] = [samples[0], samples.at(-1)];
    return { widget: name, seconds, runs, error, samples, flags: soakFlags(first, last) };
  } finally {
    await context.close();
  }
}

/** Every figure of a page, by index and name (widgets still placeholders: no training starts). */
export async function widgetsOf(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const names = await page.$$eval('figure[data-widget]', (fs) => fs.map((f) => f.dataset.widget));
  await context.close();
  return names;
}
