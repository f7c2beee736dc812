// Drives every widget on every lesson page as a student would: press Train
// (or Run) and see progress. LinearFit gets the full check: its loss falls,
// Pause and Step behave, its settings round-trip through the URL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, SITE, crawl, launch, loadWidget, pageName, watchedPage } from './browser.mjs';

let context;
let lessons = [];

before(async () => {
  context = await launch();
  lessons = (await crawl(context)).filter((u) => u.includes('/lessons/') || u.endsWith('/guide/'));
});
after(async () => context?.close());

const attr = (figure, name) => figure.getAttribute(name);
const outputValue = async (figure, name) => Number(await figure.locator(`output[name="${name}"]`).first().getAttribute('data-value'));

async function progress(figure) {
  const step = Number((await attr(figure, 'data-step')) ?? 0);
  const values = await figure.locator('output[data-value]').evaluateAll((os) => os.map((o) => o.getAttribute('data-value')).join('|'));
  return { step, status: await attr(figure, 'data-status'), values };
}

describe(`widgets (${BASE || 'root'})`, () => {
  test('every widget starts from its Train, Run or Play button and makes progress, with no console error', async () => {
    let driven = 0;
    const failures = [];
    for (const url of lessons) {
      const { page, problems } = await watchedPage(context);
      await page.goto(url, { waitUntil: 'load' });
      const count = await page.locator('figure[data-widget]').count();
      // Bring each placeholder near the viewport so every widget loads, then drive them in order.
      for (let i = 0; i < count; i++) await page.locator('figure[data-widget]').nth(i).scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForFunction(() => !document.querySelector('figure.widget-placeholder'), null, { timeout: 30_000 });
      for (let i = 0; i < count; i++) {
        try {
          const figure = page.locator('figure[data-widget]').nth(i);
          await figure.scrollIntoViewIfNeeded();
          const name = await attr(figure, 'data-widget');
          const button = figure.getByRole('button', { name: /^(Train|Run|Play)\b/ }).first();
          if ((await button.count()) === 0) continue;
          const before = await progress(figure);
          const training = (await attr(figure, 'data-step')) !== null;
          // A calculator that has already computed may offer Run as unavailable (aria-disabled).
          if ((await button.getAttribute('aria-disabled')) !== 'true') await button.click();
          let now = before;
          const moved = () =>
            training ? now.step > before.step || (now.status === 'done' && now.step > 0) : now.status === 'done' || now.values !== before.values;
          const deadline = Date.now() + 45_000;
          while (Date.now() < deadline) {
            await page.waitForTimeout(250);
            now = await progress(figure);
            if (now.status === 'error' || (moved() && (!training || now.step > before.step + 3 || now.status === 'done'))) break;
          }
          assert.notEqual(now.status, 'error', `${url}: ${name} errored: ${await figure.innerText()}`);
          assert.ok(moved(), `${url}: ${name} made no progress (${JSON.stringify(now)})`);
          driven++;
          const pause = figure.getByRole('button', { name: 'Pause' });
          // The run may finish between the check and the click: a Pause that is no longer needed is fine.
          if ((await pause.count()) && (await pause.getAttribute('aria-disabled')) !== 'true') await pause.click({ timeout: 2000 }).catch(() => {});
        } catch (error) {
          failures.push(error.message.split('\n').slice(0, 6).join('\n'));
        }
      }
      await page.screenshot({ path: `${SHOTS}/${pageName(url)}-after-training.png`, fullPage: true });
      if (problems.length) failures.push(`${url}: ${problems.join('; ')}`);
      await page.close();
    }
    assert.deepEqual(failures, []);
    assert.ok(driven > 0, 'at least one widget was driven');
  });

  test('LinearFit trains in the worker: running, data-step grows, the loss output falls; Pause holds and Step adds one', async () => {
    const { page, problems } = await watchedPage(context);
    // A long run with a small step, so it is still running when Pause is pressed.
    await page.goto(new URL('lessons/getting-started/?linear-fit.steps=5000&linear-fit.learningRate=0.005', SITE).href);
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    assert.equal(await attr(figure, 'data-status'), 'idle');
    await figure.getByRole('button', { name: 'Train' }).click();
    await page.waitForFunction(() => Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) >= 5);
    const early = await outputValue(figure, 'loss');
    assert.equal(await attr(figure, 'data-status'), 'running');
    await page.waitForFunction(() => Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) >= 150, null, { timeout: 90_000 });
    const later = await outputValue(figure, 'loss');
    assert.ok(later < early, `loss fell: ${early} -> ${later}`);
    await figure.getByRole('button', { name: 'Pause' }).click();
    await page.waitForFunction(() => document.querySelector('figure[data-widget="linear-fit"]')?.dataset.status === 'paused');
    await page.waitForTimeout(300);
    const held = Number(await attr(figure, 'data-step'));
    await page.waitForTimeout(300);
    assert.equal(Number(await attr(figure, 'data-step')), held, 'paused run holds its step');
    await figure.getByRole('button', { name: 'Step' }).click();
    await page.waitForFunction((h) => Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) === h + 1, held);
    const backend = await figure.locator('.widget-status').innerText();
    assert.match(backend, /WebAssembly|CPU/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('LinearFit says "diverged at step N" at a learning rate SGD cannot take, and keeps the curve', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(new URL('lessons/getting-started/?linear-fit.learningRate=2&linear-fit.batchSize=128', SITE).href);
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    await figure.getByRole('button', { name: 'Train' }).click();
    await page.waitForFunction(() => document.querySelector('figure[data-widget="linear-fit"]')?.dataset.status === 'done', null, { timeout: 20_000 });
    assert.match(await figure.locator('.widget-message').innerText(), /^diverged at step \d+/);
    assert.ok(Number(await attr(figure, 'data-step')) > 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('settings round-trip through the URL, and a malformed URL falls back to the defaults', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(new URL('lessons/getting-started/?linear-fit.learningRate=0.2&linear-fit.optimizer=adam&linear-fit.seed=7', SITE).href);
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    await page.waitForFunction(() => document.querySelector('#lf-opt')?.value === 'adam');
    assert.equal(await page.locator('#lf-seed').inputValue(), '7');
    await page.locator('#lf-seed').fill('12');
    await page.waitForFunction(() => location.search.includes('linear-fit.seed=12'));
    await page.goto(new URL('lessons/getting-started/?linear-fit.learningRate=banana&linear-fit.optimizer=%E0%A4&linear-fit.seed=-3', SITE).href);
    const again = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    assert.equal(await page.locator('#lf-opt').inputValue(), 'sgd');
    assert.equal(await page.locator('#lf-seed').inputValue(), '1');
    assert.equal(await attr(again, 'data-status'), 'idle');
    assert.ok(figure);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('LinearFit works from the keyboard alone', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(new URL('lessons/getting-started/', SITE).href);
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    await figure.getByRole('button', { name: 'Train' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) > 10);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(focused, 'Pause');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('figure[data-widget="linear-fit"]')?.dataset.status === 'paused');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe(`ReceptiveField trained on digits (${BASE || 'root'})`, () => {
  test('Train learns the stack on the digits and the heatmap switches from the initial kernels to the trained ones', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(new URL('lessons/convolution-types/?receptive-field.weights=trained', SITE).href);
    const figure = await loadWidget(page.locator('figure[data-widget="receptive-field"]'));
    const erfImage = () => figure.locator('svg image').last().getAttribute('href');
    await page.waitForFunction(() => document.querySelector('figure[data-widget="receptive-field"] output[name="erf-spread"]')?.dataset.value);
    const before = await erfImage();
    assert.match(await figure.locator('.widget-summary').innerText(), /initial kernels/);
    await figure.getByRole('button', { name: 'Train' }).click();
    await page.waitForFunction(() => document.querySelector('figure[data-widget="receptive-field"]')?.dataset.status === 'done', null, { timeout: 120_000 });
    assert.equal(Number(await attr(figure, 'data-step')), 200);
    const accuracy = await outputValue(figure, 'accuracy');
    assert.ok(accuracy > 0.5, `test accuracy ${accuracy} is well above chance`);
    await page.waitForFunction((old) => [...document.querySelectorAll('figure[data-widget="receptive-field"] svg image')].at(-1)?.getAttribute('href') !== old, before);
    assert.match(await figure.locator('.widget-summary').innerText(), /kernels after 200 steps on the digits \(test accuracy [\d.]+%/);
    assert.ok(Number.isFinite(await outputValue(figure, 'erf-spread')));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
