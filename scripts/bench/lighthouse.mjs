// Lighthouse's mobile preset on one page, from the pinned dev dependency, in
// a Chromium of its own that is killed when the page takes longer than the
// timeout: a page that hangs is reported as a failure, not waited on.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../e2e/chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function devtoolsReady(port, deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('Chromium did not open its DevTools port');
}

/** What filled the main thread in one run, from Lighthouse's own diagnostics (ms). */
function diagnostics(lhr) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  return {
    mainThread: Object.fromEntries(
      items('mainthread-work-breakdown').map((i) => [i.group, Math.round(i.duration)]),
    ),
    bootup: items('bootup-time')
      .slice(0, 5)
      .map((i) => ({ url: i.url, total: Math.round(i.total), scripting: Math.round(i.scripting) })),
    longTasks: items('long-tasks')
      .slice(0, 8)
      .map((i) => ({ url: i.url, start: Math.round(i.startTime), ms: Math.round(i.duration) })),
    domSize: lhr.audits['dom-size']?.numericValue ?? null,
    // Audits that cost points outside performance, by id, with the elements they name.
    failing: ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0)
        .map((r) => ({
          id: r.id,
          nodes: (lhr.audits[r.id].details?.items ?? [])
            .slice(0, 3)
            .map((i) => i.node?.snippet ?? i.url ?? ''),
        })),
    ),
    lcpElement:
      lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
        ?.snippet ?? null,
  };
}

/**
 * Category scores (0..1), the main metrics and the main thread's diagnostics, or `{ error }`
 * when the page failed or timed out.
 */
export async function lighthousePage(url, { executablePath, timeoutMs }) {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lh-'));
  const chrome = spawn(
    executablePath,
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let timer;
  try {
    const deadline = Date.now() + timeoutMs;
    await devtoolsReady(port, deadline);
    const run = lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      maxWaitForLoad: timeoutMs,
    });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no result within ${Math.round(timeoutMs / 1000)} s`)),
        Math.max(0, deadline - Date.now()),
      );
    });
    run.catch(() => {}); // after a timeout the run fails when its browser is killed
    const { lhr } = await Promise.race([run, timeout]);
    if (lhr.runtimeError) return { error: lhr.runtimeError.message };
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])),
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      },
      diagnostics: diagnostics(lhr),
    };
  } catch (error) {
    return { error: error.message };
  } finally {
    clearTimeout(timer);
    const exited =
      chrome.exitCode !== null || chrome.signalCode !== null
        ? null
        : new Promise((r) => chrome.once('exit', r));
    chrome.kill('SIGKILL');
    await exited;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch {} // a leftover temporary profile is not worth failing the bench for
  }
}
