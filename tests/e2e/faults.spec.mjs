// Endurance and faults, each injected by the test itself (the site ships no
// switch for them): a widget whose code fails to load or that throws shows its
// error card and recovers on Try again while the rest of the page works; a
// blocked .wasm falls back to the cpu backend and says so; a worker killed
// mid-run leaves the widget able to train again with its curve kept; the URL is
// rewritten a few times a second however fast a slider moves; a hostile URL
// falls back to the defaults; reduced motion and the reader's own Pause are
// honoured when a widget scrolls out of view and back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, SHOTS, SITE, launch, loadWidget, watchedPage } from './browser.mjs';

let browser;

before(async () => {
  browser = (await launch()).browser();
});
after(async () => browser?.close());

/**
 * A page of its own context: the offline service worker is kept out, since requests it
 * answers would bypass the test's page.route faults.
 */
async function faultPage({ reducedMotion = 'no-preference', viewport } = {}) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    reducedMotion,
    viewport: viewport ?? { width: 1100, height: 700 },
  });
  const watched = await watchedPage(context, {
    viewport: viewport ?? { width: 1100, height: 700 },
  });
  return { ...watched, close: () => context.close() };
}

const url = (path) => new URL(path, SITE).href;
const LINEAR_FIT = 'figure[data-widget="linear-fit"]';
/** A text only LinearFit's view holds: it finds the view's chunk whatever its hashed name. */
const LINEAR_FIT_TEXT = "Each step runs the lecture's loop on a minibatch";
/** A literal LinearFit's view reads while it renders (a chart's file name): a throw put before it fires in render. */
const LINEAR_FIT_RENDERED = 'linear-fit-loss';
/** A LinearFit run long enough to outlast a test's scrolling (5000 heavier steps). */
const LONG_RUN =
  'lessons/getting-started/?linear-fit.steps=5000&linear-fit.samples=2000&linear-fit.batchSize=256&linear-fit.learningRate=0.005';

const status = (page) =>
  page.evaluate((sel) => document.querySelector(sel)?.dataset.status, LINEAR_FIT);
const stepOf = async (page) =>
  Number(await page.evaluate((sel) => document.querySelector(sel)?.dataset.step, LINEAR_FIT));
const untilStep = (page, n, timeout = 30_000) =>
  page.waitForFunction(
    ([sel, min]) => Number(document.querySelector(sel)?.dataset.step) >= min,
    [LINEAR_FIT, n],
    { timeout },
  );
const untilStatus = (page, s, timeout = 20_000) =>
  page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.dataset.status === want,
    [LINEAR_FIT, s],
    { timeout },
  );
/**
 * What the page has asked of its workers since `from` (message types, the watchdog's pings
 * left out): a run that scrolls back into view resumes only by a `resume`. Steps alone cannot
 * tell, since a batch the worker sent before it heard a pause can land after the widget says
 * Paused.
 */
const sentSince = (page, from) =>
  page.evaluate((n) => window.sentToWorkers.slice(n).filter((type) => type !== 'ping'), from);
const sentCount = (page) => page.evaluate(() => window.sentToWorkers.length);

/** Problems the test did not cause itself. */
const unexpected = (problems, ...caused) =>
  problems.filter((p) => !caused.some((pattern) => pattern.test(p)));

/** Screenshots `locator` at 390 px wide, light and dark. */
async function shoot(page, locator, name) {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await locator.scrollIntoViewIfNeeded();
    await locator.screenshot({ path: join(SHOTS, `${name}-390-${colorScheme}.png`) });
  }
}

/** A page with LinearFit loaded, set for a run long enough to outlast the test's scrolling. */
async function longRun(options) {
  const opened = await faultPage(options);
  await opened.page.addInitScript(() => {
    window.sentToWorkers = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      window.sentToWorkers.push(message?.type);
      return post.call(this, message, ...rest);
    };
  });
  await opened.page.goto(url(LONG_RUN));
  return { ...opened, figure: await loadWidget(opened.page.locator(LINEAR_FIT)) };
}

/** Presses Train and waits until the run has made `steps` steps. */
async function train(figure, steps) {
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  await untilStep(figure.page(), steps);
}

/** Scrolls so that `selector` is wholly out of the viewport, then waits until it is. */
async function scrollAway(page, selector) {
  await page.evaluate((sel) => {
    const box = document.querySelector(sel).getBoundingClientRect();
    const top = box.top + window.scrollY;
    const bottom = box.bottom + window.scrollY;
    if (top > window.innerHeight) window.scrollTo(0, 0);
    else window.scrollTo(0, bottom + 40);
  }, selector);
  await untilSeen(page, selector, false);
}

async function scrollBack(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await untilSeen(page, selector, true);
}

/**
 * Waits until an IntersectionObserver of the test's own reports `selector` in or out of view,
 * then a few frames more: the widget's observer was told in the same rendering step, and what
 * it does (a pause, a resume) reaches the page within two frames.
 */
function untilSeen(page, selector, visible) {
  return page.evaluate(
    ([sel, want]) =>
      new Promise((resolve) => {
        const observer = new IntersectionObserver(([entry]) => {
          if (entry.isIntersecting !== want) return;
          observer.disconnect();
          let frames = 10;
          const tick = () => (--frames ? requestAnimationFrame(tick) : resolve());
          requestAnimationFrame(tick);
        });
        observer.observe(document.querySelector(sel));
      }),
    [selector, visible],
  );
}

describe(`faults (${BASE || 'root'})`, () => {
  test('a widget whose code fails to load shows its error card; the rest of the page works; Try again recovers', async () => {
    const { page, problems, close } = await faultPage();
    // The chunk of LinearFit's view (found by its content, not its hashed name) fails until
    // the network "comes back"; the chunk loader's own retry fails too.
    let broken = true;
    let failures = 0;
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (broken && body.includes(LINEAR_FIT_TEXT)) {
        failures++;
        return route.abort('failed');
      }
      return route.fulfill({ response, body });
    });
    await page.goto(url('lessons/linear-layers-and-containers/'));
    await page.locator(LINEAR_FIT).scrollIntoViewIfNeeded();
    const card = page.locator(`${LINEAR_FIT}.widget-error-card`);
    await card.getByRole('alert').waitFor();
    assert.ok(failures > 0, 'the fault was injected');
    assert.equal(await card.getAttribute('data-status'), 'error');
    assert.match(await card.getByRole('alert').innerText(), /did not download/);

    // Another widget on the same page loads and answers.
    const session = await loadWidget(page.locator('figure[data-widget="torch-session"]').first());
    await session.locator('textarea').first().fill('2 ** 10');
    await session.locator('textarea').first().press('Enter');
    await session.getByRole('log').getByText('1024').waitFor();

    await shoot(page, card, 'fault-error-card');
    await page.setViewportSize({ width: 1100, height: 700 });
    broken = false;
    await card.getByRole('button', { name: 'Try again' }).click();
    const figure = await loadWidget(page.locator(LINEAR_FIT));
    assert.equal(await figure.getAttribute('data-status'), 'idle');
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await untilStep(page, 5);
    assert.deepEqual(
      unexpected(problems, /request failed: .*\/_next\/static\/chunks\//, /ERR_FAILED/),
      [],
    );
    await close();
  });

  test('a widget that throws while rendering shows its error card in its own frame; Try again renders it anew', async () => {
    const { page, problems, close } = await faultPage();
    // LinearFit's view, as served, throws from its render while window.breakLinearFit is set.
    await page.addInitScript(() => (window.breakLinearFit = true));
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        `"${LINEAR_FIT_RENDERED}`,
        `window.breakLinearFit?(()=>{throw new Error("injected fault")})():"${LINEAR_FIT_RENDERED}`,
      );
      return route.fulfill({ response, body });
    });
    await page.goto(url('lessons/getting-started/'));
    await page.locator(LINEAR_FIT).scrollIntoViewIfNeeded();
    const card = page.locator(`${LINEAR_FIT}.widget-error-card`);
    await card.getByRole('alert').waitFor();
    assert.match(await card.innerText(), /injected fault/);
    // The page around it still works: its questions open, its theme switch answers.
    await page.locator('summary', { hasText: 'nn.Linear(2, 1)' }).click();
    await page.locator('details.question[open]').waitFor();
    const dark = page
      .getByRole('group', { name: 'Colour theme' })
      .getByRole('button', { name: 'Dark' });
    await dark.click();
    await page.waitForFunction(
      () =>
        document.querySelector('.theme-toggle button[aria-pressed="true"]')?.textContent === 'Dark',
    );
    await page.evaluate(() => (window.breakLinearFit = false));
    await card.getByRole('button', { name: 'Try again' }).click();
    const figure = await loadWidget(page.locator(LINEAR_FIT));
    assert.equal(await figure.getAttribute('data-status'), 'idle');
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await untilStep(page, 5);
    // React reports the error it caught on the console: that one is the test's own.
    assert.deepEqual(unexpected(problems, /injected fault/), []);
    await close();
  });

  test('with the .wasm blocked, training falls back to the cpu backend and the status line says so', async () => {
    const { page, problems, close } = await faultPage();
    const blocked = [];
    await page.route('**/*.wasm', (route) => {
      blocked.push(route.request().url());
      return route.abort('failed');
    });
    await page.goto(url('lessons/getting-started/'));
    const figure = await loadWidget(page.locator(LINEAR_FIT));
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await untilStep(page, 20);
    assert.ok(blocked.length > 0, 'the worker asked for the .wasm');
    assert.match(
      await figure.locator('.widget-status').innerText(),
      /Runs on: CPU \(WebAssembly did not load/,
    );
    assert.notEqual(await status(page), 'error');
    await shoot(page, figure.locator('.widget-status'), 'fault-cpu-fallback-status');
    assert.deepEqual(unexpected(problems, /\.wasm/), []);
    await close();
  });

  test('a worker killed mid-run: the widget says the run stopped, keeps its curve, and trains again', async (t) => {
    const { page, problems, close } = await faultPage();
    // Keeps a handle on every worker the page makes, so the test can kill one.
    await page.addInitScript(() => {
      const Native = window.Worker;
      window.testWorkers = [];
      window.Worker = class extends Native {
        constructor(...args) {
          super(...args);
          window.testWorkers.push(this);
        }
      };
    });
    await page.goto(url(LONG_RUN));
    const figure = await loadWidget(page.locator(LINEAR_FIT));
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await untilStep(page, 30);
    await page.evaluate(() => window.testWorkers.forEach((w) => w.terminate()));
    const killedNear = await stepOf(page);
    const killedAt = Date.now();
    await untilStatus(page, 'error');
    t.diagnostic(`the widget noticed the dead worker after ${Date.now() - killedAt} ms`);
    const message = await figure.locator('.widget-message').innerText();
    assert.match(message, /^The run stopped at step \d+: .* Train starts a new run\.$/);
    const kept = await stepOf(page);
    assert.ok(kept >= killedNear, `step kept: ${kept} >= ${killedNear}`);
    assert.equal(message.match(/step (\d+)/)[1], String(kept));
    assert.match(
      await figure.locator('.widget-summary').innerText(),
      new RegExp(`After ${kept} steps`),
    );
    assert.ok(Number(await figure.locator('output[name="loss"]').getAttribute('data-value')) > 0);

    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await untilStatus(page, 'running');
    // A new run: its steps count from 1 again, and the stop message is gone.
    await page.waitForFunction(
      (sel) =>
        Number(document.querySelector(sel)?.dataset.step) > 0 &&
        !document.querySelector(`${sel} .widget-message`),
      LINEAR_FIT,
    );
    assert.equal(await page.evaluate(() => window.testWorkers.length), 2, 'a new worker');
    assert.deepEqual(problems, []);
    await close();
  });

  test('a slider pressed 100 times quickly rewrites the URL a few times, and the last value lands', async (t) => {
    const { page, problems, close } = await faultPage();
    await page.addInitScript(() => {
      const native = history.replaceState;
      window.replaceStateCalls = 0;
      history.replaceState = function (...args) {
        window.replaceStateCalls++;
        return native.apply(this, args);
      };
    });
    await page.goto(url('lessons/getting-started/'));
    await loadWidget(page.locator(LINEAR_FIT));
    const slider = page.locator('#lf-lr');
    await slider.focus();
    const before = await page.evaluate(() => window.replaceStateCalls);
    const started = Date.now();
    for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowRight');
    const elapsed = Date.now() - started;
    // The slider moves in steps of 0.01 decades: 100 steps up from 0.05 (at position -1.30)
    // is 10^-0.30 = 0.501. The URL must hold the value the slider shows.
    const shown = Number(await slider.getAttribute('aria-valuetext'));
    assert.ok(Math.abs(shown - 0.501) < 0.002, `the slider shows ${shown}`);
    await page.waitForFunction(
      (v) => Number(new URLSearchParams(location.search).get('linear-fit.learningRate')) === v,
      shown,
    );
    const calls = (await page.evaluate(() => window.replaceStateCalls)) - before;
    // At most one write per 400 ms, and the trailing one.
    const allowed = Math.ceil(elapsed / 400) + 2;
    t.diagnostic(`${calls} replaceState calls for 100 key presses in ${elapsed} ms`);
    assert.ok(
      calls <= allowed,
      `${calls} replaceState calls in ${elapsed} ms (allowed ${allowed})`,
    );
    assert.ok(calls >= 1);
    assert.deepEqual(problems, []);
    await close();
  });

  test('a hostile URL (huge numbers, wrong types, repeated keys, broken escapes, 10 KB of junk) loads with the defaults and no console error', async () => {
    const { page, problems, close } = await faultPage();
    // About 10 KB of printable junk, some of it percent-escapes that decode to nothing valid.
    let x = 7;
    const junk = Array.from({ length: 2000 }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return ['%', 'z', '%E0%A4', '~', 'Q', '9', '.', '-', '%ZZ', '_'][x % 10];
    }).join('');
    const hostile =
      'lessons/getting-started/?linear-fit.learningRate=1e999&linear-fit.noise=0x1' +
      '&linear-fit.seed=3&linear-fit.seed=4&linear-fit.optimizer=%E0%A4&linear-fit.batchSize=true' +
      `&linear-fit.steps=${'9'.repeat(400)}&linear-fit.inFeatures=%&${junk}=${junk}&linear-fit.samples=${junk}`;
    assert.ok(hostile.length > 10_000 && hostile.length < 15_000, `${hostile.length} characters`);
    await page.goto(url(hostile));
    const figure = await loadWidget(page.locator(LINEAR_FIT));
    assert.equal(await page.locator('#lf-opt').inputValue(), 'sgd');
    assert.equal(await page.locator('#lf-seed').inputValue(), '1');
    assert.equal(await page.locator('#lf-batch').inputValue(), '16');
    assert.equal(await page.locator('#lf-lr').getAttribute('aria-valuetext'), '0.05');
    assert.equal(await page.locator('#lf-noise').getAttribute('aria-valuetext'), '0.3');
    assert.equal(await figure.getAttribute('data-status'), 'idle');
    assert.deepEqual(problems, []);
    await close();
  });

  test('a run the reader paused stays paused when its widget scrolls away and back', async () => {
    const { page, problems, close, figure } = await longRun();
    await train(figure, 10);
    await figure.getByRole('button', { name: 'Pause', exact: true }).click();
    await untilStatus(page, 'paused');
    const from = await sentCount(page);
    await scrollAway(page, LINEAR_FIT);
    await scrollBack(page, LINEAR_FIT);
    assert.equal(await status(page), 'paused');
    assert.deepEqual(await sentSince(page, from), []);
    assert.deepEqual(problems, []);
    await close();
  });

  test('a running widget pauses when scrolled away and resumes when scrolled back', async () => {
    const { page, problems, close, figure } = await longRun();
    await train(figure, 10);
    const from = await sentCount(page);
    await scrollAway(page, LINEAR_FIT);
    await untilStatus(page, 'paused');
    await scrollBack(page, LINEAR_FIT);
    await untilStatus(page, 'running');
    assert.deepEqual(await sentSince(page, from), ['pause', 'resume']);
    await untilStep(page, (await stepOf(page)) + 5);
    assert.deepEqual(problems, []);
    await close();
  });

  test('with reduced motion, nothing moves by itself: no animation on load, and a run paused off screen waits for Train', async () => {
    const { page, problems, close, figure } = await longRun({ reducedMotion: 'reduce' });
    assert.deepEqual(
      await page.evaluate(() => document.getAnimations().map((a) => a.animationName ?? a.id)),
      [],
    );
    assert.equal(await figure.getAttribute('data-status'), 'idle');
    await train(figure, 10);
    const from = await sentCount(page);
    await scrollAway(page, LINEAR_FIT);
    await untilStatus(page, 'paused');
    await scrollBack(page, LINEAR_FIT);
    assert.equal(await status(page), 'paused');
    assert.deepEqual(await sentSince(page, from), ['pause']);
    await train(figure, (await stepOf(page)) + 5);
    assert.deepEqual(await sentSince(page, from), ['pause', 'resume']);
    assert.deepEqual(problems, []);
    await close();
  });
});
