// `npm test`: every check of the project, in order (the three static checks at
// once), stopping at the first failure, then a table of how long each stage took.
//   node scripts/test.mjs [--from <stage>] [--to <stage>] [--only <stage>]   (names as in the table)
// The build runs `next build` directly (assets and content are checked just
// before), then scripts/postbuild.mjs, as `npm run build`'s postbuild does. It
// sets TYPES_CHECKED=1, since the type check has already run, and
// NEXT_BUILD_CACHE=0, since nothing reads Turbopack's build cache afterwards.
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
  // The three static checks are independent and each mostly single-threaded: they run at once,
  // each stage's output printed when it ends.
  { name: 'typecheck', command: bin('typescript/bin/tsc', '--noEmit'), together: 'static' },
  { name: 'lint', command: node('scripts/lint.mjs'), together: 'static' },
  {
    name: 'content',
    command: bin('tsx/dist/cli.mjs', 'scripts/checkContent.ts'),
    together: 'static',
  },
  { name: 'unit', command: bin('vitest/vitest.mjs', 'run') },
  {
    name: 'build',
    command: bin('next/dist/bin/next', 'build'),
    env: BUILD_ENV,
    then: [node('scripts/postbuild.mjs')],
  },
  { name: 'e2e-root', command: node('scripts/e2e.mjs', '--pass', 'root') },
  { name: 'build-course', command: node('scripts/e2e/buildUnderBasePath.mjs'), env: BUILD_ENV },
  { name: 'e2e-course', command: node('scripts/e2e.mjs', '--pass', 'course', '--prebuilt') },
];

const { values: opts } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' }, only: { type: 'string' } },
});
const names = STAGES.map((s) => s.name);
for (const wanted of [opts.from, opts.to, opts.only].filter(Boolean)) {
  if (!names.includes(wanted)) {
    console.error(`no stage "${wanted}"; stages: ${names.join(', ')}`);
    process.exit(2);
  }
}
const first = names.indexOf(opts.only ?? opts.from ?? names[0]);
const last = opts.to ? names.indexOf(opts.to) : names.length - 1;
const stages = opts.only ? [STAGES[first]] : STAGES.slice(first, last + 1);

/** Runs a command; with `quiet`, its output is held and printed in one piece when it ends. */
function run([command, ...args], env, quiet = false) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env, ...(quiet ? { FORCE_COLOR: '0' } : {}) },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      if (quiet) process.stdout.write(Buffer.concat(output));
      resolve(signal ? 1 : code);
    });
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
/** Runs one stage (its command, then each `then` while they pass); returns its exit code. */
async function runStage(stage, quiet) {
  let code = await run(stage.command, stage.env, quiet);
  for (const next of stage.then ?? []) if (code === 0) code = await run(next, stage.env, quiet);
  return code;
}

/** The stages in order, those marked `together` with the same name as one group. */
function groups(list) {
  const out = [];
  for (const stage of list) {
    const last = out.at(-1);
    if (stage.together && last?.[0].together === stage.together) last.push(stage);
    else out.push([stage]);
  }
  return out;
}

for (const group of groups(stages)) {
  const t0 = Date.now();
  const cpu0 = childCpuSeconds();
  const quiet = group.length > 1;
  if (quiet) console.log(`\n=== ${group.map((s) => s.name).join(', ')} (at once)`);
  const codes = await Promise.all(
    group.map(async (stage) => {
      if (!quiet) console.log(`\n=== ${stage.name}`);
      const code = await runStage(stage, quiet);
      // A stage run beside others gets its own wall time; their CPU is counted as one.
      rows.push([
        stage.name,
        seconds(Date.now() - t0),
        quiet ? '' : cpuSince(cpu0),
        code === 0 ? 'ok' : `failed (exit ${code})`,
      ]);
      if (quiet) console.log(`=== ${stage.name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
      return code;
    }),
  );
  if (quiet) rows.push([`(${group.length} at once)`, seconds(Date.now() - t0), cpuSince(cpu0), '']);
  const failedAt = group.find((_, i) => codes[i] !== 0);
  if (failedAt) {
    failed = failedAt.name;
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
