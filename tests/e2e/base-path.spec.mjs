// What serving under a base path (/course) can break, checked on that build:
// every page is reached by links that stay under the base path, every asset
// and worker the pages load resolves (no failed request, no 4xx, no console
// error), every widget of the English pages mounts and each kind starts (once;
// the Korean pages load the same widget code), the PyTorch prompt answers, both
// editions' alternates and sitemap carry the base path (this build knows its
// host, SITE_URL), and a missing page gets the site's not-found page, in Korean
// under /ko/. Widths, themes and axe do not depend on the base path: the root
// pass checks them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE,
  SITE,
  crawl,
  inParallel,
  launch,
  loadWidget,
  mountWidgets,
  watchedPage,
} from './browser.mjs';
import { driveWidgets } from './drive.mjs';
import { checkAlternates, checkSitemap } from './editions.mjs';

let context;
let pages = [];
const isKorean = (url) => new URL(url).pathname.startsWith(`${BASE}/ko/`);
const outside = [];

before(async () => {
  context = await launch();
  pages = await crawl(context, { outside });
});
after(async () => context?.close());

describe(`under the base path (${BASE || 'root'})`, () => {
  test('every link stays under the base path, and the crawl finds the home page, the guide and the lessons', () => {
    assert.deepEqual(outside, []);
    assert.ok(pages.includes(SITE));
    assert.ok(
      pages.some((p) => p.endsWith('/guide/')),
      'guide linked',
    );
    assert.ok(
      pages.some((p) => p.includes('/lessons/')),
      'a lesson linked',
    );
  });

  test('each page loads every asset, and every widget mounts, starts and makes progress', async () => {
    const failures = [];
    let driven = 0;
    const met = new Set();
    const firstUseOnly = (name) => met.has(name) || (met.add(name), false);
    await inParallel(pages, async (url) => {
      const isolated = await context
        .browser()
        .newContext({ viewport: { width: 1366, height: 900 } });
      const { page, problems } = await watchedPage(isolated);
      try {
        await page.goto(url, { waitUntil: 'load' });
        // A Korean page loads the same widget code as its English twin: loading it is the check.
        if (!isKorean(url)) {
          await mountWidgets(page);
          const errored = await page.$$eval('figure[data-widget][data-status="error"]', (fs) =>
            fs.map((f) => f.dataset.widget),
          );
          assert.deepEqual(errored, [], `${url}: widgets in error`);
          // What a base path can break is where a widget's code and worker load from: the same
          // for every use of a widget, so each widget is started once, on the first page met.
          const run = await driveWidgets(page, url, { skip: firstUseOnly });
          driven += run.driven;
          failures.push(...run.failures);
        }
        assert.deepEqual(problems, [], url);
      } catch (error) {
        failures.push(`${url}: ${error.message.split('\n').slice(0, 8).join('\n')}`);
      }
      await isolated.close();
    });
    assert.deepEqual(failures, []);
    assert.ok(driven > 0, 'at least one widget was driven');
  });

  test('the PyTorch prompt loads and answers', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(new URL('lessons/tensors-and-autograd/', SITE).href, { waitUntil: 'load' });
    const figure = await loadWidget(page.locator('figure[data-widget="torch-session"]').first());
    const input = figure.locator('textarea').first();
    for (const line of ['import torch', 'torch.ones(2) * 3']) {
      await input.fill(line);
      await input.press('Enter');
    }
    await page.waitForFunction(() =>
      /tensor\(\[3\., 3\.\]\)/.test(
        document.querySelector('figure[data-widget="torch-session"] [role="log"]')?.textContent ??
          '',
      ),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("both editions' hreflang alternates and the sitemap hold absolute addresses under the base path", async () => {
    const { origin, failures } = await checkAlternates();
    assert.deepEqual(failures, []);
    assert.match(origin, /^https?:\/\//, 'built with SITE_URL: absolute alternates');
    assert.deepEqual(await checkSitemap(origin), []);
  });

  test('a missing Korean page is told in Korean', async () => {
    const { page } = await watchedPage(context);
    const response = await page.goto(new URL('ko/no-such-page/', SITE).href);
    assert.equal(response.status(), 404);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    assert.equal(await page.locator('main a:visible').getAttribute('href'), `${BASE}/ko/`);
    await page.close();
  });

  test("a missing page shows the site's not-found page", async () => {
    const { page } = await watchedPage(context);
    const response = await page.goto(new URL('lessons/no-such-lesson/', SITE).href);
    assert.equal(response.status(), 404);
    assert.match(await page.locator('h1:visible').innerText(), /not found/i);
    await page.close();
  });
});
