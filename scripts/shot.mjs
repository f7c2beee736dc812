// Screenshots one page of a running site, optionally pressing a widget's
// buttons first. For looking at work in progress:
//   node scripts/shot.mjs http://127.0.0.1:3000/lessons/getting-started/ shot.png [--width 390] [--dark] [--click "Train"] [--wait 3000] [--widget linear-fit] [--top]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.mjs';

const [url, out = 'shot.png', ...rest] = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : fallback;
};
const width = Number(flag('--width', 1366));
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true,
  viewport: { width, height: 900 }, colorScheme: rest.includes('--dark') ? 'dark' : 'light',
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 240_000 });
const widget = flag('--widget', null);
const scope = widget ? page.locator(`figure[data-widget="${widget}"]`).first() : page;
if (widget) {
  await scope.scrollIntoViewIfNeeded().catch(() => {});
  await page.locator(`figure[data-widget="${widget}"]:not(.widget-placeholder)`).first().waitFor({ timeout: 30000 });
}
const click = flag('--click', null);
if (click) await (widget ? page.locator(`figure[data-widget="${widget}"]`).first() : page).getByRole('button', { name: click }).first().click();
await page.waitForTimeout(Number(flag('--wait', 1500)));
if (widget) await page.locator(`figure[data-widget="${widget}"]`).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: !rest.includes('--top') });
const status = widget ? await page.locator(`figure[data-widget="${widget}"]`).first().evaluate((f) => ({ status: f.dataset.status, step: f.dataset.step, outputs: [...f.querySelectorAll('output')].map((o) => `${o.name}=${o.dataset.value}`) })) : null;
console.log(JSON.stringify({ saved: out, ...(status ?? {}) }));
await context.close();
