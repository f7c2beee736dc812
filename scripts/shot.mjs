// Screenshots one page of a running site, optionally pressing a widget's
// buttons first. For looking at work in progress:
//   node scripts/shot.mjs http://127.0.0.1:3000/lessons/getting-started/ shot.png [--width 390] [--dark] [--click "Train"] [--wait 3000] [--widget linear-fit] [--top]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1366' },
    dark: { type: 'boolean', default: false },
    click: { type: 'string' },
    wait: { type: 'string', default: '1500' },
    widget: { type: 'string' },
    top: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const [url, out = 'shot.png'] = positionals;
if (!url || opts.help) {
  (opts.help ? console.log : console.error)(
    'Usage: node scripts/shot.mjs <url> [out.png] [--width 390] [--dark] [--click "Train"] [--wait 3000] [--widget linear-fit] [--top]',
  );
  process.exit(opts.help ? 0 : 1);
}
const width = Number(opts.width);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
  viewport: { width, height: 900 },
  colorScheme: opts.dark ? 'dark' : 'light',
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 240_000 });
const widget = opts.widget ?? null;
const scope = widget ? page.locator(`figure[data-widget="${widget}"]`).first() : page;
if (widget) {
  await scope.scrollIntoViewIfNeeded().catch(() => {});
  await page
    .locator(`figure[data-widget="${widget}"]:not(.widget-placeholder)`)
    .first()
    .waitFor({ timeout: 30000 });
}
const click = opts.click ?? null;
if (click)
  await (widget ? page.locator(`figure[data-widget="${widget}"]`).first() : page)
    .getByRole('button', { name: click })
    .first()
    .click();
await page.waitForTimeout(Number(opts.wait));
if (widget) await page.locator(`figure[data-widget="${widget}"]`).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: !opts.top });
const status = widget
  ? await page
      .locator(`figure[data-widget="${widget}"]`)
      .first()
      .evaluate((f) => ({
        status: f.dataset.status,
        step: f.dataset.step,
        outputs: [...f.querySelectorAll('output')].map((o) => `${o.name}=${o.dataset.value}`),
      }))
  : null;
console.log(JSON.stringify({ saved: out, ...(status ?? {}) }));
await context.close();
