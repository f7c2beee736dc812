// Shared pieces of the browser tests: one Chromium per spec file, pages that
// record console errors and failed requests, a crawler of the site, and a
// pool that checks pages in parallel browser contexts.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/e2e/chromium.mjs';
import { join } from 'node:path';

export const SITE = process.env.E2E_URL ?? 'http://127.0.0.1:3000/';
export const BASE = process.env.E2E_BASE ?? '';
export const SHOTS = join('test-results', 'screenshots', BASE ? 'course' : 'root');
/** Whether the every-page pass keeps a full-page screenshot of each load (`scripts/e2e.mjs --shots`). */
export const KEEP_SHOTS = process.env.E2E_SHOTS === '1';
mkdirSync(SHOTS, { recursive: true });

export const VIEWPORTS = {
  phone: { width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { width: 1366, height: 900 },
};

/** Pages checked at the same time, each in its own browser context (E2E_PARALLEL, default 2). */
export const PARALLEL = Math.max(1, Number(process.env.E2E_PARALLEL) || 2);

/**
 * A fresh Chromium and a context in it. Closing the context closes the browser;
 * `context.browser()` makes further, isolated contexts (own storage, own theme).
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  context.on('close', () => browser.close().catch(() => {}));
  return context;
}

/** Runs `check(item)` for every item, `PARALLEL` at a time, in the items' order. */
export async function inParallel(items, check) {
  const queue = [...items];
  const worker = async () => {
    while (queue.length) await check(queue.shift());
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
}

/** A page that records what must never happen: console errors, page errors, failed or 4xx/5xx requests, other origins. */
export async function watchedPage(
  context,
  { colorScheme = 'light', viewport = VIEWPORTS.desktop } = {},
) {
  const page = await context.newPage();
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await page.emulateMedia({ colorScheme });
  const problems = [];
  const origin = new URL(SITE).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Navigations cancelled by the test itself are not failures of the site.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request to another origin: ${url}`);
  });
  return { page, problems };
}

/**
 * Every page of the site, found by following links from the home page (same origin only).
 * `outside` lists same-origin links that leave the site's base path (a base-path bug).
 */
export async function crawl(context, { outside = [] } = {}) {
  const { page } = await watchedPage(context);
  const seen = new Set([SITE]);
  const queue = [SITE];
  const origin = new URL(SITE).origin;
  while (queue.length) {
    const url = queue.shift();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    for (const link of links) {
      const u = new URL(link);
      u.hash = '';
      u.search = '';
      const clean = u.href;
      if (u.origin === origin && !clean.startsWith(SITE)) outside.push(`${url} links to ${link}`);
      if (clean.startsWith(SITE) && !seen.has(clean) && !/\.(svg|png|csv|json|u8)$/.test(clean)) {
        seen.add(clean);
        queue.push(clean);
      }
    }
  }
  await page.close();
  return [...seen];
}

/** Brings every widget near the viewport so the lazy ones load, and waits until no placeholder is left. */
export async function mountWidgets(page, timeout = 30_000) {
  for (const figure of await page.locator('figure[data-widget]').all())
    await figure.scrollIntoViewIfNeeded().catch(() => {});
  await page.waitForFunction(() => !document.querySelector('figure.widget-placeholder'), null, {
    timeout,
  });
}

export function pageName(url) {
  const path = new URL(url).pathname.slice(BASE.length).replace(/^\/|\/$/g, '');
  return path.replace(/\//g, '_') || 'home';
}

/** Waits for a lazy widget to replace its placeholder. */
export async function loadWidget(figure, index = 0) {
  const page = figure.page();
  const name = await figure.getAttribute('data-widget');
  // The placeholder is replaced by the widget once its code has loaded, so it may detach mid-scroll.
  await figure.scrollIntoViewIfNeeded().catch(() => {});
  const loaded = page.locator(`figure[data-widget="${name}"]:not(.widget-placeholder)`).nth(index);
  await loaded.waitFor({ timeout: 20_000 });
  await loaded.scrollIntoViewIfNeeded();
  return loaded;
}
