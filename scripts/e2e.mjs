// Browser tests of the built site: serves out/ on 127.0.0.1 and runs
// tests/e2e/*.spec.mjs (node:test + playwright-core + Debian's Chromium); then
// builds the site again under the base path /course and runs
// tests/e2e/base-path.spec.mjs (what a base path can break) and search.spec.mjs there.
//   node scripts/e2e.mjs                      both passes
//   node scripts/e2e.mjs --pass root          the site at the root only
//   node scripts/e2e.mjs --pass course        the /course pass only (builds out-course/ first)
//   node scripts/e2e.mjs --pass course --prebuilt   ... with an out-course/ built just before
//   node scripts/e2e.mjs --spec widgets       one spec file at the root (tests/e2e/widgets.spec.mjs)
//   node scripts/e2e.mjs --spec search --pass course --prebuilt   one spec under /course
//   --parallel N                              pages checked at once (default 2: measured best on 2 cores)
//   --shots                                   also keep a full-page screenshot of every page at every
//                                             width and theme in test-results/screenshots/ (slow: off in npm test)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findChromium } from './e2e/chromium.mjs';
import { COURSE_DIR, buildUnderBasePath } from './e2e/buildUnderBasePath.mjs';
import { startServer } from './serve.mjs';

const { values: opts } = parseArgs({
  options: {
    pass: { type: 'string', default: 'all' },
    spec: { type: 'string' },
    prebuilt: { type: 'boolean', default: false },
    parallel: { type: 'string' },
    shots: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help || !['all', 'root', 'course'].includes(opts.pass)) {
  console.log(
    'Usage: node scripts/e2e.mjs [--pass all|root|course] [--prebuilt] [--spec <name>] [--parallel N] [--shots]',
  );
  process.exit(opts.help ? 0 : 1);
}
const chromium = findChromium();

if (!existsSync('out/index.html') && opts.pass !== 'course') {
  console.error('out/ has no site: run `npm run build` first.');
  process.exit(1);
}

const BASE_PATH_SPEC = 'tests/e2e/base-path.spec.mjs';
const wanted = (f) => !opts.spec || f === `${opts.spec.replace(/\.spec\.mjs$/, '')}.spec.mjs`;
const rootSpecs = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.spec.mjs') && `tests/e2e/${f}` !== BASE_PATH_SPEC && wanted(f))
  .map((f) => `tests/e2e/${f}`);
// Under /course: what a base path can break, and the search (it loads its index from there).
const courseSpecs = ['base-path.spec.mjs', 'search.spec.mjs']
  .filter(wanted)
  .map((f) => `tests/e2e/${f}`);

async function runSuite(dir, base, label, specs) {
  // Brotli at a low quality: the tests do not measure transfer sizes.
  const { url, close } = await startServer({ dir, base, brotliQuality: 4 });
  console.log(`\n# ${label}: ${url}`);
  const started = Date.now();
  // Asynchronous: this process serves the site while the tests run.
  const child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_URL: url,
        E2E_BASE: base,
        E2E_LABEL: label,
        CHROMIUM_PATH: chromium,
        ...(opts.parallel ? { E2E_PARALLEL: opts.parallel } : {}),
        ...(opts.shots ? { E2E_SHOTS: '1' } : {}),
      },
    },
  );
  const code = await new Promise((resolve) => child.on('exit', resolve));
  await close();
  console.log(`# ${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return code === 0;
}

let ok = true;
if (opts.pass !== 'course') {
  if (!rootSpecs.length) {
    console.error(`no spec named ${opts.spec} in tests/e2e/`);
    process.exit(1);
  }
  ok = await runSuite('out', '', 'site at the root', rootSpecs);
}
if (opts.pass !== 'root' && (!opts.spec || opts.pass === 'course') && courseSpecs.length) {
  if (!opts.prebuilt || !existsSync(`${COURSE_DIR}/index.html`)) {
    console.log('\n# building the site under the base path /course');
    if (!buildUnderBasePath()) {
      console.error('the base-path build failed');
      process.exit(1);
    }
  }
  ok = (await runSuite(COURSE_DIR, '/course', 'site under /course', courseSpecs)) && ok;
}

process.exit(ok ? 0 : 1);
