// LinearFit gets the full check: its loss falls, Pause and Step behave, its
// settings round-trip through the URL, it works from the keyboard; and
// ReceptiveField trains on the digits. (Every widget of every page is started
// by the every-page pass in site.spec.mjs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SITE, launch, loadWidget, watchedPage } from './browser.mjs';

let context;

before(async () => {
  context = await launch();
});
after(async () => context?.close());

const attr = (figure, name) => figure.getAttribute(name);
const outputValue = async (figure, name) =>
  Number(await figure.locator(`output[name="${name}"]`).first().getAttribute('data-value'));

describe(`widgets (${BASE || 'root'})`, () => {
  test('LinearFit trains in the worker: running, data-step grows, the loss output falls; Pause holds and Step adds one', async () => {
    const { page, problems } = await watchedPage(context);
    // A long run with a small step, so it is still running when Pause is pressed.
    await page.goto(
      new URL('lessons/getting-started/?linear-fit.steps=5000&linear-fit.learningRate=0.005', SITE)
        .href,
    );
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    assert.equal(await attr(figure, 'data-status'), 'idle');
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) >= 5,
    );
    const early = await outputValue(figure, 'loss');
    assert.equal(await attr(figure, 'data-status'), 'running');
    await page.waitForFunction(
      () => Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) >= 150,
      null,
      { timeout: 90_000 },
    );
    const later = await outputValue(figure, 'loss');
    assert.ok(later < early, `loss fell: ${early} -> ${later}`);
    await figure.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('figure[data-widget="linear-fit"]')?.dataset.status === 'paused',
    );
    await page.waitForTimeout(300);
    const held = Number(await attr(figure, 'data-step'));
    await page.waitForTimeout(300);
    assert.equal(Number(await attr(figure, 'data-step')), held, 'paused run holds its step');
    await figure.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      (h) =>
        Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) === h + 1,
      held,
    );
    const backend = await figure.locator('.widget-status').innerText();
    assert.match(backend, /WebAssembly|CPU/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('LinearFit says "diverged at step N" at a learning rate SGD cannot take, and keeps the curve', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(
      new URL('lessons/getting-started/?linear-fit.learningRate=2&linear-fit.batchSize=128', SITE)
        .href,
    );
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('figure[data-widget="linear-fit"]')?.dataset.status === 'done',
      null,
      { timeout: 20_000 },
    );
    assert.match(await figure.locator('.widget-message').innerText(), /^diverged at step \d+/);
    assert.ok(Number(await attr(figure, 'data-step')) > 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('settings round-trip through the URL, and a malformed URL falls back to the defaults', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(
      new URL(
        'lessons/getting-started/?linear-fit.learningRate=0.2&linear-fit.optimizer=adam&linear-fit.seed=7',
        SITE,
      ).href,
    );
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    await page.waitForFunction(() => document.querySelector('#lf-opt')?.value === 'adam');
    assert.equal(await page.locator('#lf-seed').inputValue(), '7');
    await page.locator('#lf-seed').fill('12');
    await page.waitForFunction(() => location.search.includes('linear-fit.seed=12'));
    await page.goto(
      new URL(
        'lessons/getting-started/?linear-fit.learningRate=banana&linear-fit.optimizer=%E0%A4&linear-fit.seed=-3',
        SITE,
      ).href,
    );
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
    // A long run, so it is still running when Pause is pressed (the default
    // 300 steps can finish between the Tab and the Enter on a fast machine).
    await page.goto(new URL('lessons/getting-started/?linear-fit.steps=5000', SITE).href);
    const figure = await loadWidget(page.locator('figure[data-widget="linear-fit"]'));
    await figure.getByRole('button', { name: 'Train', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => Number(document.querySelector('figure[data-widget="linear-fit"]')?.dataset.step) > 10,
    );
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(focused, 'Pause');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('figure[data-widget="linear-fit"]')?.dataset.status === 'paused',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe(`ReceptiveField trained on digits (${BASE || 'root'})`, () => {
  test('Train learns the stack on the digits and the heatmap switches from the initial kernels to the trained ones', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(
      new URL('lessons/convolution-types/?receptive-field.weights=trained', SITE).href,
    );
    const figure = await loadWidget(page.locator('figure[data-widget="receptive-field"]'));
    const erfImage = () => figure.locator('svg image').last().getAttribute('href');
    await page.waitForFunction(
      () =>
        document.querySelector('figure[data-widget="receptive-field"] output[name="erf-spread"]')
          ?.dataset.value,
    );
    const before = await erfImage();
    assert.match(await figure.locator('.widget-summary').innerText(), /initial kernels/);
    await figure.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('figure[data-widget="receptive-field"]')?.dataset.status === 'done',
      null,
      { timeout: 120_000 },
    );
    assert.equal(Number(await attr(figure, 'data-step')), 200);
    const accuracy = await outputValue(figure, 'accuracy');
    assert.ok(accuracy > 0.5, `test accuracy ${accuracy} is well above chance`);
    await page.waitForFunction(
      (old) =>
        [...document.querySelectorAll('figure[data-widget="receptive-field"] svg image')]
          .at(-1)
          ?.getAttribute('href') !== old,
      before,
    );
    assert.match(
      await figure.locator('.widget-summary').innerText(),
      /kernels after 200 steps on the digits \(test accuracy [\d.]+%/,
    );
    assert.ok(Number.isFinite(await outputValue(figure, 'erf-spread')));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
