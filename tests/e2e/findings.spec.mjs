// The lessons' claims, measured in the browser on the default settings:
// batch norm smooths the landscape, the shuffled K-fold is optimistic on time
// series, every convolution type learns, and a broken CSV gets a clear message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SITE, launch, loadWidget, watchedPage } from './browser.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => context?.close());

async function widgetOn(path, name) {
  const { page, problems } = await watchedPage(context);
  await page.goto(new URL(path, SITE).href, { waitUntil: 'load' });
  const figure = await loadWidget(page.locator(`figure[data-widget="${name}"]`).first());
  return { page, problems, figure };
}

const output = async (figure, name) =>
  Number(await figure.locator(`output[name="${name}"]`).first().getAttribute('data-value'));

/** Trains until the run is done or `steps` steps have run (then pauses), within `seconds`. */
async function trainFor(page, figure, steps, seconds) {
  await figure.getByRole('button', { name: 'Train', exact: true }).first().click();
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    await page.waitForTimeout(500);
    const status = await figure.getAttribute('data-status');
    assert.notEqual(status, 'error', await figure.innerText());
    if (status === 'done' || Number(await figure.getAttribute('data-step')) >= steps) break;
  }
  const pause = figure.getByRole('button', { name: 'Pause', exact: true }).first();
  if ((await pause.getAttribute('aria-disabled')) !== 'true')
    await pause.click({ timeout: 2000 }).catch(() => {});
  await page.waitForTimeout(300);
}

describe(`the lessons' findings (${BASE || 'root'})`, () => {
  test('LandscapeProbe: batch norm gives the smaller effective beta-smoothness on the default settings', async () => {
    const { page, problems, figure } = await widgetOn(
      'lessons/batch-normalization/',
      'landscape-probe',
    );
    await trainFor(page, figure, 200, 120);
    const [standard, bn] = [await output(figure, 'beta-standard'), await output(figure, 'beta-bn')];
    assert.ok(
      Number.isFinite(standard) && Number.isFinite(bn),
      `both measured (${standard}, ${bn})`,
    );
    assert.ok(bn < standard, `beta-bn ${bn} < beta-standard ${standard}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('TimeSeriesCv: the shuffled K-fold estimate is below the error on the held-out future', async () => {
    const { page, problems, figure } = await widgetOn(
      'lessons/time-series-cross-validation/',
      'time-series-cv',
    );
    await trainFor(page, figure, Infinity, 180);
    assert.equal(await figure.getAttribute('data-status'), 'done');
    const [kfold, future] = [
      await output(figure, 'error-kfold-shuffled'),
      await output(figure, 'error-future'),
    ];
    assert.ok(kfold < future, `shuffled K-fold ${kfold} < future ${future}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('ConvTypeRace: every network rises above chance (10%)', async () => {
    const { page, problems, figure } = await widgetOn(
      'lessons/convolution-types/',
      'conv-type-race',
    );
    await trainFor(page, figure, 60, 120);
    for (const name of ['standard', 'dilated', 'grouped', 'depthwise-separable', 'bottleneck']) {
      const accuracy = await output(figure, `accuracy-${name}`);
      assert.ok(accuracy > 0.15, `${name}: ${accuracy}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('CsvCrossValidation: a ragged file and an empty one get messages naming the problem', async () => {
    const { page, problems, figure } = await widgetOn(
      'lessons/cross-validation/',
      'csv-cross-validation',
    );
    const input = figure.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'ragged.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('a,b,c\n1,2,3\n4,5\n'),
    });
    await page.waitForTimeout(500);
    assert.match(await figure.innerText(), /line 3 has 2 values, the header has 3/i);
    await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await page.waitForTimeout(500);
    assert.match(await figure.innerText(), /empty/i);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
