// What readers of a course site expect beyond the lessons themselves: the table of contents on
// a phone, data out as CSV, a clean printed handout, the time a run has left, and reopening a
// lesson offline after one visit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, SHOTS, SITE, launch, watchedPage } from './browser.mjs';

const lesson = (slug) => new URL(`lessons/${slug}/`, SITE).href;
let context;

before(async () => {
  context = await launch();
});
after(async () => context?.close());

describe(`reader features (${BASE || 'root'})`, () => {
  test('on a 390 px phone the table of contents opens at the top of the lesson, jumps, and marks the section', async () => {
    const { page, problems } = await watchedPage(context, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(lesson('batch-normalization'), { waitUntil: 'load' });
    const toc = page.locator('nav.toc-inline');
    await toc.locator('summary').click();
    const links = toc.locator('a');
    assert.ok((await links.count()) >= 3, 'the phone contents list the sections');
    await page.screenshot({ path: `${SHOTS}/reader-toc-phone.png` });
    const target = links.nth(2);
    const hash = await target.evaluate((a) => a.hash);
    await target.click();
    await page.waitForFunction((h) => location.hash === h, hash);
    const top = await page.evaluate(
      (id) => document.getElementById(id).getBoundingClientRect().top,
      decodeURIComponent(hash.slice(1)),
    );
    assert.ok(top >= -2 && top < 200, `the heading is at the top after the jump (${top})`);
    await page.waitForFunction(
      (h) =>
        document.querySelector(`.toc-inline a[href="${h}"]`)?.getAttribute('aria-current') ===
        'location',
      hash,
    );
    assert.equal(
      await toc.locator('details').evaluate((d) => d.open),
      false,
      'the disclosure closes after a jump',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('on a phone, a wide equation far down a lesson can be scrolled from the keyboard once it is laid out', async () => {
    const { page, problems } = await watchedPage(context, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(lesson('convolution-types'), { waitUntil: 'load' });
    // The page's first look at its scrolling regions waits for an idle moment after the load;
    // an idle callback asked for now runs after it.
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })),
    );
    const skipped = await page.$$eval('.prose > .katex-display', (es) =>
      es.flatMap((e, i) =>
        e.firstElementChild.checkVisibility({ contentVisibilityAuto: true }) ? [] : [i],
      ),
    );
    assert.ok(skipped.length > 3, `equations far down start unlaid-out (${skipped.length})`);
    const wide = [];
    for (const i of skipped) {
      const equation = page.locator('.prose > .katex-display').nth(i);
      await equation.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(
        (e) => e.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
        await equation.elementHandle(),
      );
      // Measured in the same turn as it is laid out: no waiting for a timer.
      const state = await equation.evaluate(
        (e) =>
          new Promise((resolve) =>
            requestAnimationFrame(() =>
              resolve({
                scrolls: e.scrollWidth > e.clientWidth + 1,
                tabIndex: e.tabIndex,
                role: e.getAttribute('role'),
                label: e.getAttribute('aria-label'),
              }),
            ),
          ),
      );
      if (state.scrolls) {
        wide.push(i);
        assert.equal(state.tabIndex, 0, `equation ${i} scrolls and takes focus`);
        assert.equal(state.role, 'region');
        assert.ok(state.label, `equation ${i} is named`);
      } else assert.equal(state.tabIndex, -1, `equation ${i} fits and is not a tab stop`);
    }
    assert.ok(wide.length > 0, 'at least one equation far down is wider than the phone');
    await page.locator('.prose > .katex-display').nth(wide[0]).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (e) => e.scrollLeft > 0,
      await page.locator('.prose > .katex-display').nth(wide[0]).elementHandle(),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a chart's data table saves as CSV with the series as columns", async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(lesson('cross-validation'), { waitUntil: 'load' });
    const figure = page.locator('figure[data-widget="fold-splits"]').first();
    await figure.scrollIntoViewIfNeeded().catch(() => {});
    const button = figure.locator('button.csv-button').first();
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    const [header, ...records] = text.trim().split('\r\n');
    // The table on the page, read from the DOM, is what the file holds.
    await figure.locator('details.chart-data summary').first().click();
    await figure.locator('details.chart-data thead th').first().waitFor();
    const columns = await figure.locator('details.chart-data thead th').allInnerTexts();
    assert.equal(
      header,
      columns.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
    );
    const rows = await figure.locator('details.chart-data tbody tr').count();
    assert.equal(records.length, rows, 'one CSV record per table row');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a lesson prints in light colours with its charts and without controls, even in the dark theme', async () => {
    const { page, problems } = await watchedPage(context, { colorScheme: 'dark' });
    await page.goto(lesson('bias-variance'), { waitUntil: 'load' });
    const figure = page.locator('figure[data-widget="bias-variance"]').first();
    await figure.scrollIntoViewIfNeeded().catch(() => {});
    await page.locator('figure[data-widget="bias-variance"]:not(.widget-placeholder)').waitFor();
    await figure.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('figure[data-widget="bias-variance"]')?.dataset.status === 'done',
    );
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const look = await page.evaluate(() => {
      const fig = document.querySelector('figure[data-widget="bias-variance"]');
      const visible = (el) =>
        !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      return {
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('main')).color,
        controls: [...fig.querySelectorAll('.widget-controls, button')].some(visible),
        charts: [...fig.querySelectorAll('svg')].filter(visible).length,
        header: visible(document.querySelector('.site-header')),
      };
    });
    assert.equal(look.background, 'rgb(255, 255, 255)');
    assert.equal(look.text, 'rgb(0, 0, 0)');
    assert.equal(look.controls, false, 'no buttons or controls on paper');
    assert.ok(look.charts > 0, 'the charts print');
    assert.equal(look.header, false, 'no site header on paper');
    await page.screenshot({ path: `${SHOTS}/reader-print-dark.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a training widget shows step N of M while it trains', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(lesson('getting-started'), { waitUntil: 'load' });
    const figure = page
      .locator('figure[data-widget="linear-fit"]:not(.widget-placeholder)')
      .first();
    await page
      .locator('figure[data-widget="linear-fit"]')
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => {});
    await figure.waitFor();
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction(() =>
      /step \d+ of \d+/.test(
        document.querySelector('figure[data-widget="linear-fit"] .widget-progress')?.textContent ??
          '',
      ),
    );
    const text = await figure.locator('.widget-progress').innerText();
    const [, step, total] = text.match(/step (\d+) of (\d+)/);
    assert.ok(Number(total) > 0 && Number(step) <= Number(total), text);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a lesson opened once reloads with the network cut', async () => {
    const { page } = await watchedPage(context);
    await page.goto(lesson('tensor-copy-semantics'), { waitUntil: 'load' });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      // Wait until the worker has cached what this page loaded before it took control.
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener(
          'message',
          (e) => e.data?.type === 'cached' && resolve(),
          { once: true },
        );
        registration.active.postMessage({
          type: 'cache-urls',
          urls: [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)],
        });
      });
    });
    const title = await page.locator('h1').innerText();
    await context.setOffline(true);
    try {
      await page.reload({ waitUntil: 'load' });
      assert.equal(await page.locator('h1').innerText(), title);
      assert.ok((await page.locator('.prose p').count()) > 3, 'the lesson text is there');
      const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      assert.match(styled, /Segoe UI/, 'the stylesheet came from the cache');
      await page.screenshot({ path: `${SHOTS}/reader-offline.png` });
    } finally {
      await context.setOffline(false);
    }
    await page.close();
  });
});

describe(`code panels (${BASE || 'root'})`, () => {
  test("a widget's code panel is highlighted and its copy button puts the code on the clipboard", async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(SITE).origin,
    });
    const { page, problems } = await watchedPage(context);
    await page.goto(lesson('getting-started'), { waitUntil: 'load' });
    await page
      .locator('figure[data-widget="linear-fit"]')
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => {});
    const figure = page
      .locator('figure[data-widget="linear-fit"]:not(.widget-placeholder)')
      .first();
    await figure.waitFor();
    await figure.locator('details.widget-code summary').click();
    const code = figure.locator('details.widget-code pre');
    assert.ok((await code.locator('.hljs-keyword').count()) > 0, 'keywords are highlighted');
    const shown = await code.innerText();
    await figure.locator('details.widget-code button.copy-button').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, shown);
    assert.match(copied, /^import torch\n/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
