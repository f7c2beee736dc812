// `npm test`: every check of the project, in order, stopping at the first
// failure, then a table of how long each stage took.
//   node scripts/test.mjs [--from <stage>] [--only <stage>]   (stage names as in the table)
// The build runs `next build` directly (assets and content are checked just
// before), then indexes the site for search and writes the service worker, as
// `npm run build`'s postbuild does. It sets TYPES_CHECKED=1, since the type check
// has already run, and NEXT_BUILD_CACHE=0, since nothing reads Turbopack's build
// cache afterwards.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const node = (...args) => [process.execPath, ...args];
const bin = (path, ...args) => node(`node_modules/${path}`, ...args);
const BUILD_ENV = { TYPES_CHECKED: '1', NEXT_BUILD_CACHE: '0' };

const STAGES = [
  {
    name: 'assets',
    command: node('scripts/copyWasm.mjs'),
    then: [node('scripts/convertData.mjs')],
  },
  { name: 'typecheck', command: bin('typescript/bin/tsc', '--noEmit') },
  { name: 'lint', command: node('scripts/lint.mjs') },
  { name: 'content', command: bin('tsx/dist/cli.mjs', 'scripts/checkContent.ts') },
  { name: 'unit', command: bin('vitest/vitest.mjs', 'run') },
  {
    name: 'build',
    command: bin('next/dist/bin/next', 'build'),
    env: BUILD_ENV,
    then: [node('scripts/indexSearch.mjs'), node('scripts/writeServiceWorker.mjs')],
  },
  { name: 'e2e-root', command: node('scripts/e2e.mjs', '--pass', 'root') },
  { name: 'build-course', command: node('scripts/e2e/buildUnderBasePath.mjs'), env: BUILD_ENV },
  { name: 'e2e-course', command: node('scripts/e2e.mjs', '--pass', 'course', '--prebuilt') },
];

const { values: opts } = parseArgs({
  options: { from: { type: 'string' }, only: { type: 'string' } },
});
const names = STAGES.map((s) => s.name);
for (const wanted of [opts.from, opts.only].filter(Boolean)) {
  if (!names.includes(wanted)) {
    console.error(`no stage "${wanted}"; stages: ${names.join(', ')}`);
    process.exit(2);
  }
}
const first = names.indexOf(opts.only ?? opts.from ?? names[0]);
const stages = opts.only ? [STAGES[first]] : STAGES.slice(first);

function run([command, ...args], env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(signal ? 1 : code));
  });
}

/**
 * CPU seconds used so far by finished child processes and theirs (Linux: /proc/self/stat's
 * cutime + cstime, in ticks of 1/100 s). Unlike wall time it does not grow when other work
 * shares the machine; null where /proc is not there.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const cpuSince = (before) =>
  before === null ? '–' : `${(childCpuSeconds() - before).toFixed(1)} s`;
const rows = [];
const started = Date.now();
const cpuAtStart = childCpuSeconds();
let failed = null;
for (const stage of stages) {
  console.log(`\n=== ${stage.name}`);
  const t0 = Date.now();
  const cpu0 = childCpuSeconds();
  let code = await run(stage.command, stage.env);
  for (const next of stage.then ?? []) if (code === 0) code = await run(next, stage.env);
  rows.push([
    stage.name,
    seconds(Date.now() - t0),
    cpuSince(cpu0),
    code === 0 ? 'ok' : `failed (exit ${code})`,
  ]);
  if (code !== 0) {
    failed = stage.name;
    break;
  }
}
rows.push([
  'total',
  seconds(Date.now() - started),
  cpuSince(cpuAtStart),
  failed ? `stopped at ${failed}` : 'ok',
]);

const header = ['stage', 'time', 'CPU', 'result'];
const widths = header.map((h, i) => Math.max(...rows.map((r) => r[i].length), h.length));
const line = (r) =>
  `${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3]}`;
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const r of rows) console.log(line(r));
process.exit(failed ? 1 : 0);
