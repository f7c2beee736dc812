// Every page, at phone and desktop widths, light and dark, each loaded once
// per width and theme with all its checks made on that load: no console error,
// no failed request, no request to another origin, every widget mounts and
// follows the contract; on the desktop light load every widget is also started
// (Train, Run or Play) and makes progress. The crawl reaches the Korean edition
// through the language switch; a Korean page's widgets run the same code as the
// English page's, so it is loaded twice (phone light, desktop dark), with its own
// <html lang>, overflow and axe checks, and its widgets are driven by
// korean.spec.mjs. The guide's widgets are the lessons' widgets with their
// example props: they mount and follow the contract on the guide's desktop light
// load (on its other loads they stay placeholders: at those widths, themes and
// in Korean the lessons check the same widgets), and are driven on the lessons
// (checked: each one is driven on some lesson).
//
// Axe (the costliest check, colour contrast most of all) runs where its answer
// can differ: its structure and naming rules once per width (what a width hides
// differs) and colour contrast once per theme (a theme changes colours only):
// phone light and desktop dark. A Korean page has its English twin's colours, so
// its axe leaves out colour contrast. Axe leaves out KaTeX's visual copy of each
// formula (aria-hidden, its colour the text's; the MathML twin is checked) and,
// on the guide, the live widget examples (checked on the lessons).
//
// Pages are checked in parallel browser contexts. With `scripts/e2e.mjs --shots`,
// a full-page screenshot of every load is kept in test-results/ (to look at; it
// checks nothing). E2E_TIMING=1 prints each load's phases.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import {
  BASE,
  KEEP_SHOTS,
  SHOTS,
  SITE,
  VIEWPORTS,
  crawl,
  inParallel,
  launch,
  mountWidgets,
  pageName,
  watchedPage,
} from './browser.mjs';
import { driveWidgets } from './drive.mjs';

const STATUSES = new Set(['idle', 'loading', 'running', 'paused', 'done', 'error']);
/** The edition of a crawled page: its path (after the base path) is under /ko/ for Korean. */
const langOf = (url) =>
  /^\/ko(\/|$)/.test(new URL(url).pathname.slice(BASE.length)) ? 'ko' : 'en';
/** E2E_TIMING=1: each load prints when its phases ended (ms after it began). */
const TIMING = process.env.E2E_TIMING === '1';
const isGuide = (url) => url.endsWith('/guide/');
/** Width and theme of each load of a page (see the header for why a Korean page has two). */
const LOADS = {
  en: Object.keys(VIEWPORTS).flatMap((width) =>
    ['light', 'dark'].map((scheme) => ({ width, scheme })),
  ),
  ko: [
    { width: 'phone', scheme: 'light' },
    { width: 'desktop', scheme: 'dark' },
  ],
};
let context;
let pages = [];

before(async () => {
  context = await launch();
  pages = await crawl(context);
});
after(async () => context?.close());

/** All the checks of one page at one width and theme, on one load; returns the failures. */
async function checkPage(url, width, scheme) {
  const viewport = VIEWPORTS[width];
  const isolated = await context.browser().newContext({ viewport, colorScheme: scheme });
  const { page, problems } = await watchedPage(isolated, { colorScheme: scheme, viewport });
  const failures = [];
  let driven = [];
  let started = 0;
  let names = [];
  try {
    const loadStart = Date.now();
    const lap = (phase) => TIMING && (timing[phase] = Date.now() - loadStart);
    const timing = {};
    await page.goto(url, { waitUntil: 'load' });
    lap('load');
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    assert.equal(theme, scheme, `${url}: theme follows the system (${scheme})`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert.equal(lang, langOf(url), `${url}: <html lang>`);
    // The guide's widgets mount on one load (see the header); elsewhere they stay placeholders.
    const mount =
      !isGuide(url) || (langOf(url) === 'en' && width === 'desktop' && scheme === 'light');
    if (mount) await mountWidgets(page);
    lap('mount');
    await page.evaluate(() => window.scrollTo(0, 0));
    const selector = mount ? 'figure[data-widget]' : 'figure[data-widget]:not(.widget-placeholder)';
    const widgets = await page.$$eval(selector, (fs) =>
      fs.map((f) => ({
        name: f.dataset.widget,
        status: f.dataset.status,
        caption: !!f.querySelector(':scope > figcaption'),
      })),
    );
    names = widgets.map((w) => w.name);
    for (const w of widgets) {
      assert.ok(
        w.name && /^[a-z0-9-]+$/.test(w.name),
        `${url}: data-widget is kebab-case (${w.name})`,
      );
      assert.ok(
        STATUSES.has(w.status),
        `${url}: ${w.name} data-status is one of the contract's (${w.status})`,
      );
      assert.notEqual(w.status, 'error', `${url}: ${w.name} shows an error`);
      assert.ok(w.caption, `${url}: ${w.name} has a figcaption`);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 1, `${url} at ${width}: page scrolls sideways by ${overflow}px`);
    // Code, folded away or not, stays at a size a phone shows legibly (12 px, Lighthouse's bar).
    const smallCode = await page.$$eval('main :is(pre, code)', (es) =>
      es
        .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 12)
        .map((e) => `${e.tagName} ${getComputedStyle(e).fontSize} ${e.textContent.slice(0, 30)}`)
        .slice(0, 3),
    );
    assert.deepEqual(smallCode, [], `${url} at ${width}: code under 12 px`);
    // A squeezed header clips instead (its theme toggle hides overflow): nothing in it may be cut.
    // A name kept only for screen readers (a clipped box) is hidden on purpose, not cut.
    const clipped = await page.$$eval('.site-header *', (es) =>
      es
        .filter(
          (e) =>
            e.clientWidth > 0 &&
            e.scrollWidth > e.clientWidth + 1 &&
            getComputedStyle(e).clip === 'auto',
        )
        .map((e) => e.className),
    );
    assert.deepEqual(clipped, [], `${url} at ${width}: header content cut off`);
    if ((width === 'phone' && scheme === 'light') || (width === 'desktop' && scheme === 'dark')) {
      const builder = new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('.katex-html');
      if (isGuide(url)) builder.exclude('figure[data-widget]');
      if (langOf(url) === 'ko') builder.disableRules(['color-contrast']);
      const axe = await builder.analyze();
      lap('axe');
      const violations = axe.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
      assert.deepEqual(violations, [], `${url} (${width}, ${scheme}) axe violations`);
    }
    // A long page under load can take a while to capture: the screenshot is a record, so it may.
    if (KEEP_SHOTS)
      await page.screenshot({
        path: `${SHOTS}/${pageName(url)}-${width}-${scheme}.png`,
        fullPage: true,
        timeout: 120_000,
      });
    if (width === 'desktop' && scheme === 'light' && widgets.length && !isGuide(url)) {
      const run = await driveWidgets(page, url);
      lap('drive');
      driven = [...run.names, ...run.still];
      started = run.driven;
      failures.push(...run.failures);
      if (KEEP_SHOTS)
        await page.screenshot({
          path: `${SHOTS}/${pageName(url)}-after-training.png`,
          fullPage: true,
          timeout: 120_000,
        });
    }
    assert.deepEqual(problems, [], `${url} (${width}, ${scheme})`);
    if (TIMING) console.log(`# ${pageName(url)} ${width} ${scheme}: ${JSON.stringify(timing)} ms`);
  } catch (error) {
    failures.push(
      `${url} (${width}, ${scheme}): ${error.message.split('\n').slice(0, 8).join('\n')}`,
    );
  }
  await isolated.close();
  return { failures, driven, started, names };
}

describe(`every page (${BASE || 'root'})`, () => {
  test('the crawl finds the home page, the guide and at least one lesson', () => {
    assert.ok(pages.includes(SITE));
    assert.ok(
      pages.some((p) => p.endsWith('/guide/')),
      'guide linked',
    );
    assert.ok(
      pages.some((p) => p.includes('/lessons/')),
      'a lesson linked',
    );
    // Both editions: every Korean page is the counterpart of a crawled English one.
    const korean = pages.filter((p) => langOf(p) === 'ko');
    assert.ok(korean.length > 2, `the Korean edition is linked (${korean.length} pages)`);
    const english = (p) => p.replace(`${SITE}ko/`, SITE);
    assert.deepEqual(
      korean.filter((p) => !pages.includes(english(p))),
      [],
    );
  });

  test('each page loads cleanly, passes axe and follows the widget contract in every width and theme, and its widgets start and make progress', async () => {
    // Every page is checked and every failure collected, so one run shows them all.
    const loads = pages.flatMap((url) => LOADS[langOf(url)].map((load) => ({ url, ...load })));
    // The loads that drive widgets take longest: start them first so the pool ends together.
    loads.sort(
      (a, b) =>
        Number(b.width === 'desktop' && b.scheme === 'light') -
        Number(a.width === 'desktop' && a.scheme === 'light'),
    );
    const failures = [];
    // Names of the widgets driven on a lesson, or found there with nothing to start.
    const driven = new Set();
    const onGuide = new Set();
    let started = 0;
    await inParallel(loads, async ({ url, width, scheme }) => {
      const result = await checkPage(url, width, scheme);
      failures.push(...result.failures);
      for (const name of result.driven) driven.add(name);
      started += result.started;
      if (isGuide(url)) for (const name of result.names) onGuide.add(name);
    });
    assert.deepEqual(failures, []);
    assert.ok(started > 0, 'at least one widget was driven');
    assert.deepEqual(
      [...onGuide].filter((name) => !driven.has(name)),
      [],
      "the guide's widgets are driven on some lesson",
    );
  });

  test('the theme toggle persists across pages and reloads without a flash of the other theme', async () => {
    const { page, problems } = await watchedPage(context, { colorScheme: 'light' });
    await page.goto(SITE);
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.goto(pages.find((p) => p.includes('/lessons/')));
    // Read before any script of the page's bundle runs: the inline head script decided it.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.getByRole('button', { name: 'System', exact: true }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a missing page shows the site's not-found page, not a blank one", async () => {
    const { page } = await watchedPage(context);
    const response = await page.goto(new URL('lessons/no-such-lesson/', SITE).href);
    assert.equal(response.status(), 404);
    assert.match(await page.locator('h1:visible').innerText(), /not found/i);
    await page.close();
  });
});
