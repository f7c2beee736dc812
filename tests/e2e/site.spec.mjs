// Every page, at phone and desktop widths, light and dark: no console error,
// no failed request, no request to another origin, no axe violation, every
// widget root follows the contract. Screenshots are kept in test-results/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { BASE, SHOTS, SITE, VIEWPORTS, crawl, launch, pageName, watchedPage } from './browser.mjs';

const STATUSES = new Set(['idle', 'loading', 'running', 'paused', 'done', 'error']);
let context;
let pages = [];

before(async () => {
  context = await launch();
  pages = await crawl(context);
});
after(async () => context?.close());

describe(`every page (${BASE || 'root'})`, () => {
  test('the crawl finds the home page, the guide and at least one lesson', () => {
    assert.ok(pages.includes(SITE));
    assert.ok(pages.some((p) => p.endsWith('/guide/')), 'guide linked');
    assert.ok(pages.some((p) => p.includes('/lessons/')), 'a lesson linked');
  });

  test('each page loads cleanly, passes axe and follows the widget contract, in every width and theme', async () => {
    // Every page is checked and every failure collected, so one run shows them all.
    const failures = [];
    for (const url of pages) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        for (const scheme of ['light', 'dark']) {
          const { page, problems } = await watchedPage(context, { colorScheme: scheme, viewport });
          try {
            await page.goto(url, { waitUntil: 'load' });
            const theme = await page.evaluate(() => document.documentElement.dataset.theme);
            assert.equal(theme, scheme, `${url}: theme follows the system (${scheme})`);
            // Bring every widget into view so lazy ones load, then back to the top.
            for (const figure of await page.locator('figure[data-widget]').all()) await figure.scrollIntoViewIfNeeded().catch(() => {});
            await page.waitForTimeout(1500);
            await page.evaluate(() => window.scrollTo(0, 0));
            const widgets = await page.$$eval('figure[data-widget]', (fs) =>
              fs.map((f) => ({ name: f.dataset.widget, status: f.dataset.status, caption: !!f.querySelector(':scope > figcaption') })),
            );
            for (const w of widgets) {
              assert.ok(w.name && /^[a-z0-9-]+$/.test(w.name), `${url}: data-widget is kebab-case (${w.name})`);
              assert.ok(STATUSES.has(w.status), `${url}: ${w.name} data-status is one of the contract's (${w.status})`);
              assert.notEqual(w.status, 'error', `${url}: ${w.name} shows an error`);
              assert.ok(w.caption, `${url}: ${w.name} has a figcaption`);
            }
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 1, `${url} at ${width}: page scrolls sideways by ${overflow}px`);
            if (scheme === 'light' || width === 'desktop') {
              const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
              const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
              assert.deepEqual(violations, [], `${url} (${width}, ${scheme}) axe violations`);
            }
            await page.screenshot({ path: `${SHOTS}/${pageName(url)}-${width}-${scheme}.png`, fullPage: true });
            assert.deepEqual(problems, [], `${url} (${width}, ${scheme})`);
          } catch (error) {
            failures.push(error.message.split('\n').slice(0, 8).join('\n'));
          }
          await page.close();
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  test('the theme toggle persists across pages and reloads without a flash of the other theme', async () => {
    const { page, problems } = await watchedPage(context, { colorScheme: 'light' });
    await page.goto(SITE);
    await page.getByRole('button', { name: 'Dark' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.goto(pages.find((p) => p.includes('/lessons/')));
    // Read before any script of the page's bundle runs: the inline head script decided it.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.getByRole('button', { name: 'System' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a missing page shows the site\'s not-found page, not a blank one', async () => {
    const { page } = await watchedPage(context);
    const response = await page.goto(new URL('lessons/no-such-lesson/', SITE).href);
    assert.equal(response.status(), 404);
    assert.match(await page.locator('h1').innerText(), /not found/i);
    await page.close();
  });
});
