// Drives every widget of a loaded page as a student would: press Train (or
// Run, or Play) and see progress. Shared by the full pass and the base-path pass.
import assert from 'node:assert/strict';

const attr = (figure, name) => figure.getAttribute(name);

async function progress(figure) {
  const step = Number((await attr(figure, 'data-step')) ?? 0);
  const values = await figure
    .locator('output[data-value]')
    .evaluateAll((os) => os.map((o) => o.getAttribute('data-value')).join('|'));
  return { step, status: await attr(figure, 'data-status'), values };
}

/**
 * Starts each widget in turn, except those whose name `skip` accepts; returns how many were
 * driven, their names, the names of those with nothing to start (no Train, Run or Play), and
 * what failed (all failures, not the first).
 */
export async function driveWidgets(page, url, { skip = () => false } = {}) {
  let driven = 0;
  const names = [];
  const still = [];
  const failures = [];
  const count = await page.locator('figure[data-widget]').count();
  for (let i = 0; i < count; i++) {
    try {
      const figure = page.locator('figure[data-widget]').nth(i);
      await figure.scrollIntoViewIfNeeded();
      const name = await attr(figure, 'data-widget');
      if (skip(name)) continue;
      const button = figure.getByRole('button', { name: /^(Train|Run|Play)\b/ }).first();
      if ((await button.count()) === 0) {
        still.push(name);
        continue;
      }
      const before = await progress(figure);
      const training = (await attr(figure, 'data-step')) !== null;
      // A calculator that has already computed may offer Run as unavailable (aria-disabled).
      if ((await button.getAttribute('aria-disabled')) !== 'true') await button.click();
      let now = before;
      const moved = () =>
        training
          ? now.step > before.step || (now.status === 'done' && now.step > 0)
          : now.status === 'done' || now.values !== before.values;
      const deadline = Date.now() + 45_000;
      while (Date.now() < deadline) {
        await page.waitForTimeout(250);
        now = await progress(figure);
        if (
          now.status === 'error' ||
          (moved() && (!training || now.step > before.step + 3 || now.status === 'done'))
        )
          break;
      }
      assert.notEqual(now.status, 'error', `${url}: ${name} errored: ${await figure.innerText()}`);
      assert.ok(moved(), `${url}: ${name} made no progress (${JSON.stringify(now)})`);
      driven++;
      names.push(name);
      const pause = figure.getByRole('button', { name: 'Pause', exact: true });
      // The run may finish between the check and the click: a Pause that is no longer needed is fine.
      if ((await pause.count()) && (await pause.getAttribute('aria-disabled')) !== 'true')
        await pause.click({ timeout: 2000 }).catch(() => {});
    } catch (error) {
      failures.push(error.message.split('\n').slice(0, 6).join('\n'));
    }
  }
  return { driven, names, still, failures };
}
