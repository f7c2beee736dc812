// The Korean edition as a reader and a search engine meet it: hreflang
// alternates both ways and the sitemap of both editions; the language switch
// (header, and the phone menu) lands on the same section and keeps widget
// settings; the remembered choice and the one-line offer to Korean-preferring
// browsers (never a redirect); a widget trains with Korean controls; the
// not-found page in both languages. Every page's load, axe and <html lang> are
// checked by site.spec.mjs, which crawls both editions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { tsImport } from 'tsx/esm/api';
import { BASE, SHOTS, launch, loadWidget, watchedPage } from './browser.mjs';
import { at, checkAlternates, checkSitemap } from './editions.mjs';

// The interface strings the site shows, from the catalogues themselves (one copy of each text).
const { ko } = await tsImport('../../lib/site/strings.ko.ts', import.meta.url);
const { en } = await tsImport('../../lib/site/strings.en.ts', import.meta.url);

const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let context;
before(async () => {
  context = await launch();
});
after(async () => context?.close());

/** A fresh context (own storage), as a reader's browser on a first visit. */
async function visitor({ locale = 'en-US', viewport = { width: 1280, height: 900 } } = {}) {
  const isolated = await context.browser().newContext({ locale, viewport });
  const { page, problems } = await watchedPage(isolated, { viewport });
  return { isolated, page, problems };
}

/** The heading ids of an article's sections (the same in both editions). */
const sectionIds = (page) => page.$$eval('article h2[id]', (hs) => hs.map((h) => h.id));

/** Waits until the element with this id is on screen, and returns its top (px from the viewport's top). */
async function inView(page, id) {
  await page
    .waitForFunction(
      (i) => {
        const top = document.getElementById(i)?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < innerHeight;
      },
      id,
      { timeout: 10_000 },
    )
    .catch(() => {});
  return page.evaluate((i) => document.getElementById(i)?.getBoundingClientRect().top ?? null, id);
}

/** Whether the English home page shows the offer of the Korean edition, once the page has hydrated. */
async function offerShown(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.locator('.language-offer').isVisible();
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** Waits until the page's scripts have run: before that a link is a plain link (no hash or query carried). */
/**
 * Until the page has hydrated: the network is idle and React has attached its handlers to every
 * language switch (a click before that follows the bare link, without the section).
 */
async function hydrated(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.language-switch')].every((a) =>
      Object.keys(a).some((k) => k.startsWith('__reactProps')),
    ),
  );
}

/**
 * Clicks the header's language switch where it is on screen, as a reader does: the header is
 * sticky, but a locator's click scrolls the page first (which would change the section read).
 */
async function switchLanguage(page) {
  await hydrated(page);
  const box = await page.locator('.site-header .language-switch').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe(`the Korean edition (${BASE || 'root'})`, () => {
  test('every page of both editions names both and x-default (English) as alternates, and the sitemap lists them when the host is known', async () => {
    const { origin, failures } = await checkAlternates();
    assert.deepEqual(failures, []);
    assert.deepEqual(await checkSitemap(origin), []);
  });

  test('the header switch opens the same section of the Korean lesson with the same widget settings, and back', async () => {
    const { isolated, page, problems } = await visitor();
    const query = '?fold-splits.nSplits=3&fold-splits.samples=24';
    await page.goto(at(`/lessons/cross-validation/${query}`), { waitUntil: 'load' });
    const id = (await sectionIds(page))[3];
    assert.ok(id, 'the lesson has a fourth section');
    await page.goto(at(`/lessons/cross-validation/${query}#${id}`), { waitUntil: 'load' });
    assert.notEqual(await inView(page, id), null);

    await switchLanguage(page);
    await page.waitForURL(at(`/ko/lessons/cross-validation/${query}#${id}`));
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    const top = await inView(page, id);
    assert.ok(top !== null && top >= 0 && top < 844, `the section is in view (top ${top})`);
    assert.equal(await stored(page, 'locale'), 'ko', 'the choice is remembered');
    // The widget read its settings from the carried query string.
    const figure = await loadWidget(page.locator('figure[data-widget="fold-splits"]').first());
    assert.equal(await figure.locator('#fs-k').inputValue(), '3');
    assert.equal(await figure.locator('#fs-n').inputValue(), '24');

    // And back to English, from the section now being read (no hash followed this time).
    const next = (await sectionIds(page))[5];
    await page.evaluate((i) => {
      history.replaceState(null, '', location.pathname + location.search);
      document.getElementById(i).scrollIntoView();
    }, next);
    // Read as the reader sees it: the heading settled at the top (widgets nearby may mount and shift).
    const topOf = () =>
      page.evaluate((i) => document.getElementById(i).getBoundingClientRect().top, next);
    for (let last = NaN, now = await topOf(); now !== last; last = now, now = await topOf())
      await page.waitForTimeout(300);
    await switchLanguage(page);
    await page.waitForURL(at(`/lessons/cross-validation/${query}#${next}`));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.notEqual(await inView(page, next), null);
    assert.equal(await stored(page, 'locale'), 'en');
    assert.deepEqual(problems, []);
    await isolated.close();
  });

  test('on a 390 px phone the menu offers the other edition and lands on the same section', async () => {
    const { isolated, page, problems } = await visitor({ locale: 'ko-KR', viewport: PHONE });
    await page.goto(at('/ko/lessons/batch-normalization/'), { waitUntil: 'load' });
    const id = (await sectionIds(page))[2];
    // A full load at the section, as a followed link is (a hash change on the page before it has
    // hydrated can be undone by the router's first history entry).
    await page.goto('about:blank');
    await page.goto(at(`/ko/lessons/batch-normalization/#${id}`), { waitUntil: 'load' });
    await hydrated(page);
    const menu = page.locator('details.mobile-nav');
    await menu.locator('summary').click();
    const link = menu.locator('.language-switch');
    assert.equal(await link.innerText(), en.languageName);
    assert.equal(await link.getAttribute('hreflang'), 'en');
    await page.screenshot({ path: `${SHOTS}/ko-phone-menu.png` });
    await link.click();
    await page.waitForURL(at(`/lessons/batch-normalization/#${id}`));
    const top = await inView(page, id);
    assert.ok(top !== null && top >= 0 && top < PHONE.height, `the section is in view (${top})`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(problems, []);
    await isolated.close();
  });

  test('a Korean-preferring browser is offered the Korean edition on the English home page only, never redirected, and a dismissal is remembered', async () => {
    const { isolated, page, problems } = await visitor({ locale: 'ko-KR' });
    // A deep link stays where it points, in English, with no offer.
    await page.goto(at('/lessons/bias-variance/'), { waitUntil: 'load' });
    assert.equal(await offerShown(page), false);
    assert.equal(page.url(), at('/lessons/bias-variance/'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    await page.goto(at('/'), { waitUntil: 'load' });
    assert.equal(await offerShown(page), true, 'the home page offers Korean');
    assert.equal(page.url(), at('/'), 'not redirected');
    const offer = page.locator('.language-offer');
    assert.match(await offer.innerText(), new RegExp(ko.offerOtherEdition.replace(/\./g, '\\.')));
    assert.equal(
      await offer.getByRole('link', { name: ko.offerOpen }).getAttribute('href'),
      `${BASE}/ko/`,
    );
    const axe = await new AxeBuilder({ page }).include('.language-offer').analyze();
    assert.deepEqual(
      axe.violations.map((v) => v.id),
      [],
    );
    await offer.getByRole('button', { name: ko.dismiss }).click();
    assert.equal(await offer.count(), 0, 'dismissed');
    await page.reload({ waitUntil: 'load' });
    assert.equal(await offerShown(page), false, 'stays dismissed on the next visit');
    assert.deepEqual(problems, []);
    await isolated.close();
  });

  test('the remembered choice: Korean chosen brings the offer to an English browser, English chosen stops it for a Korean one', async () => {
    const chose = async (locale, from, to, expectOffer) => {
      const { isolated, page, problems } = await visitor({ locale });
      await page.goto(at(from), { waitUntil: 'load' });
      await switchLanguage(page);
      await page.waitForURL(at(to));
      // The next visit to the English home page.
      await page.goto(at('/'), { waitUntil: 'load' });
      assert.equal(page.url(), at('/'), 'never redirected');
      assert.equal(await offerShown(page), expectOffer, `${locale}, from ${from}`);
      assert.deepEqual(problems, []);
      await isolated.close();
    };
    await chose('en-US', '/guide/', '/ko/guide/', true);
    await chose('ko-KR', '/ko/guide/', '/guide/', false);
  });

  test('BatchNormRace trains with Korean controls and a Korean status line', async () => {
    const { isolated, page, problems } = await visitor();
    // A long run, so it is still running when Pause is pressed.
    await page.goto(at('/ko/lessons/batch-normalization/?batch-norm-race.steps=5000'), {
      waitUntil: 'load',
    });
    const figure = await loadWidget(page.locator('figure[data-widget="batch-norm-race"]').first());
    const button = (name) => figure.getByRole('button', { name, exact: true });
    for (const name of [ko.train, ko.pause, ko.step, ko.reset])
      assert.equal(await button(name).count(), 1, `a button named ${name}`);
    for (const name of [en.train, en.pause, en.step, en.reset])
      assert.equal(await button(name).count(), 0, `no English button ${name}`);
    const status = figure.locator('.widget-status > span').first();
    assert.equal(await status.innerText(), ko.widgetStatus.idle);

    await button(ko.train).click();
    await page.waitForFunction(
      (f) => Number(f.getAttribute('data-step') ?? 0) > 3 || f.dataset.status === 'error',
      await figure.elementHandle(),
      { timeout: 60_000 },
    );
    assert.notEqual(await figure.getAttribute('data-status'), 'error', await figure.innerText());
    if ((await figure.getAttribute('data-status')) === 'running') {
      assert.equal(await status.innerText(), ko.widgetStatus.running);
      await button(ko.pause).click();
      await page.waitForFunction(
        (f) => f.dataset.status === 'paused',
        await figure.elementHandle(),
      );
      assert.equal(await status.innerText(), ko.widgetStatus.paused);
    }
    // Read together: metrics already on their way when the run paused may still arrive.
    const [step, progress] = await figure.evaluate((f) => [
      Number(f.dataset.step),
      f.querySelector('.widget-progress')?.textContent ?? '',
    ]);
    assert.ok(step > 3, `steps advanced (${step})`);
    // "N단계 중 M단계": the progress in the catalogue's words, numbers as the page formats them.
    const pattern = ko
      .stepOf(1111, 2222)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('1111', '(?<step>[\\d,]+)')
      .replace('2222', '(?<total>[\\d,]+)');
    const shown = new RegExp(`^${pattern}`).exec(progress)?.groups;
    assert.equal(Number(shown?.step.replace(/,/g, '')), step, `progress reads "${progress}"`);
    assert.ok(Number(shown.total.replace(/,/g, '')) > step, `progress reads "${progress}"`);
    await page.screenshot({ path: `${SHOTS}/ko-batch-norm-race.png` });
    assert.deepEqual(problems, []);
    await isolated.close();
  });

  test('the not-found page speaks the language of the address', async () => {
    for (const [path, lang, t] of [
      ['/ko/nope/', 'ko', ko],
      ['/nope/', 'en', en],
    ]) {
      const { isolated, page } = await visitor();
      const response = await page.goto(at(path), { waitUntil: 'load' });
      assert.equal(response.status(), 404, path);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, path);
      assert.equal(await page.locator('h1:visible').innerText(), t.notFoundTitle, path);
      assert.match(await page.title(), new RegExp(`^${t.notFoundTitle}`), path);
      const home = page.getByRole('link', { name: t.backHome });
      assert.equal(await home.getAttribute('href'), `${BASE}${lang === 'ko' ? '/ko/' : '/'}`);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      assert.deepEqual(
        axe.violations.map((v) => v.id),
        [],
        path,
      );
      await isolated.close();
    }
  });
});
