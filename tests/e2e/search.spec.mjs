// Full-text search, in both editions, at the root and under /course: it loads only when opened,
// opens with "/" and Ctrl-K, searches the page's own edition (Korean queries find Korean
// lessons, bare words find them with particles attached), is used from the keyboard, and a
// hit lands on its section.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { BASE, SHOTS, SITE, launch, watchedPage } from './browser.mjs';

const lesson = (slug, ko = false) => new URL(`${ko ? 'ko/' : ''}lessons/${slug}/`, SITE).href;
const label = BASE ? 'course' : 'root';
let context;

before(async () => {
  context = await launch();
});
after(async () => context?.close());

/**
 * Presses `keys` until the search dialog opens: a key pressed before the page has hydrated
 * opens nothing (as for a reader, who presses it again).
 */
async function openWith(page, keys) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(keys);
    const open = await page
      .waitForFunction(() => document.querySelector('dialog.search-dialog')?.open, null, {
        timeout: 500,
      })
      .then(
        () => true,
        () => false,
      );
    if (open) return;
  }
  throw new Error(`${keys} did not open the search`);
}

/** Types `query` into the open dialog; resolves to the hits' hrefs once results for it are shown. */
async function search(page, query) {
  await page.getByRole('combobox').fill(query);
  await page.waitForFunction(
    (q) => document.querySelector('.search-dialog [role="listbox"]')?.dataset.query === q,
    query,
    { timeout: 15_000 },
  );
  return page.$$eval('.search-dialog [role="option"]', (as) =>
    as.map((a) => new URL(a.href).pathname + new URL(a.href).hash),
  );
}

const lessonsOf = (hrefs) => [...new Set(hrefs.map((h) => h.replace(/#.*$/, '')))];

describe(`search (${BASE || 'root'})`, () => {
  test("a lesson's first load fetches neither pagefind nor the search dialog's code", async () => {
    const { page, problems } = await watchedPage(context);
    const fetched = [];
    const scripts = [];
    page.on('request', (r) => fetched.push(r.url()));
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
    });
    await page.goto(lesson('batch-normalization'), { waitUntil: 'networkidle' });
    assert.deepEqual(
      fetched.filter((u) => u.includes('/pagefind/')),
      [],
    );
    const withDialog = (await Promise.all(scripts)).filter((js) => js.includes('search-dialog'));
    assert.equal(withDialog.length, 0, 'no script of the first load holds the dialog');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('"/" opens it on an English lesson, arrow keys and Enter land on a section, Escape closes', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(lesson('cross-validation'), { waitUntil: 'load' });
    await openWith(page, '/');
    const dialog = page.locator('dialog.search-dialog');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('role')),
      'combobox',
    );

    const hrefs = await search(page, 'normalization');
    assert.ok(
      hrefs.every((h) => h.startsWith(`${BASE}/lessons/`)),
      hrefs.join(' '),
    );
    assert.ok(lessonsOf(hrefs).includes(`${BASE}/lessons/batch-normalization/`), hrefs.join(' '));
    const results = await new AxeBuilder({ page }).include('dialog.search-dialog').analyze();
    assert.deepEqual(
      results.violations.map((v) => v.id),
      [],
      'the open dialog has no axe violation',
    );

    // The first hit with a section: arrow down to it, then Enter.
    const target = hrefs.findIndex((h) => h.includes('#'));
    assert.ok(target >= 0, `a hit links to a section: ${hrefs.join(' ')}`);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    const selected = await page.$eval('[role="option"][aria-selected="true"]', (a) => a.id);
    assert.equal(await page.getByRole('combobox').getAttribute('aria-activedescendant'), selected);
    await page.keyboard.press('Enter');
    const [path, hash] = hrefs[target].split('#');
    await page.waitForFunction(
      ([p, h]) => location.pathname === p && location.hash === `#${h}`,
      [path, hash],
    );
    await page.waitForFunction(
      (id) => {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        return top !== undefined && top >= -2 && top < innerHeight / 2;
      },
      decodeURIComponent(hash),
      { timeout: 10_000 },
    );
    assert.equal(await dialog.evaluate((d) => d.open), false, 'the dialog closed on the jump');

    // Opened again from its button, Escape closes it and focus returns to the button.
    const button = page.locator('.search-button');
    await button.click();
    await page.getByRole('combobox').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.search-dialog')?.open);
    assert.equal(await button.evaluate((b) => b === document.activeElement), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('Ctrl-K opens it on a Korean lesson; Korean queries find Korean lessons only', async () => {
    const { page, problems } = await watchedPage(context, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(lesson('tensors-and-autograd', true), { waitUntil: 'load' });
    await openWith(page, 'Control+k');

    // 정규화 stands alone in few places: mostly as 정규화는, 정규화를, 정규화의 ...
    const normalization = await search(page, '정규화');
    assert.ok(
      normalization.every((h) => h.startsWith(`${BASE}/ko/lessons/`)),
      normalization.join(' '),
    );
    assert.equal(lessonsOf(normalization)[0], `${BASE}/ko/lessons/batch-normalization/`);
    await page.screenshot({ path: `${SHOTS}/search-ko-phone-${label}.png` });

    const cv = lessonsOf(await search(page, '교차 검증'));
    for (const slug of ['cross-validation', 'time-series-cross-validation']) {
      assert.ok(cv.includes(`${BASE}/ko/lessons/${slug}/`), `${slug} in ${cv.join(' ')}`);
    }
    // A particle typed with the word does not narrow the search to that form.
    const withParticle = lessonsOf(await search(page, '정규화를'));
    assert.ok(withParticle.includes(`${BASE}/ko/lessons/batch-normalization/`));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('on a 360 px phone the search button fits in the header of both editions', async () => {
    const { page, problems } = await watchedPage(context, {
      viewport: { width: 360, height: 780 },
    });
    for (const url of [lesson('batch-normalization'), lesson('batch-normalization', true)]) {
      await page.goto(url, { waitUntil: 'load' });
      const fit = await page.$eval('.site-header', (h) => {
        const button = h.querySelector('.search-button').getBoundingClientRect();
        return {
          overflow: h.scrollWidth - h.clientWidth,
          inside: button.left >= 0 && button.right <= innerWidth,
        };
      });
      assert.deepEqual(fit, { overflow: 0, inside: true }, url);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
