// Browser tests of the built site: serves out/ on 127.0.0.1 and runs
// tests/e2e/*.spec.mjs (node:test + playwright-core + Debian's Chromium);
// then builds the site again under the base path /course and runs them there.
// Usage: node scripts/e2e.mjs [--no-base-path]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { findChromium } from './e2e/chromium.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const chromium = findChromium();

if (!existsSync('out/index.html')) {
  console.error('out/ has no site: run `npm run build` first.');
  process.exit(1);
}

const specs = readdirSync('tests/e2e').filter((f) => f.endsWith('.spec.mjs')).map((f) => `tests/e2e/${f}`);

async function runSuite(dir, base, label) {
  const { url, close } = await startServer({ dir, base });
  console.log(`\n# ${label}: ${url}`);
  // Asynchronous: this process serves the site while the tests run.
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], {
    stdio: 'inherit',
    env: { ...process.env, E2E_URL: url, E2E_BASE: base, E2E_LABEL: label, CHROMIUM_PATH: chromium },
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  await close();
  return code === 0;
}

let ok = await runSuite('out', '', 'site at the root');

if (!args.includes('--no-base-path')) {
  console.log('\n# building the site under the base path /course');
  rmSync('out-root', { recursive: true, force: true });
  renameSync('out', 'out-root');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/course' } });
  rmSync('out-course', { recursive: true, force: true });
  if (existsSync('out')) renameSync('out', 'out-course');
  spawnSync(process.execPath, ['scripts/writeServiceWorker.mjs', '--dir', 'out-course'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/course' } });
  renameSync('out-root', 'out');
  if (build.status !== 0) {
    console.error('the base-path build failed');
    process.exit(1);
  }
  ok = (await runSuite('out-course', '/course', 'site under /course')) && ok;
}

process.exit(ok ? 0 : 1);
