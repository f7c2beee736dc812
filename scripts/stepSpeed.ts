// Steps per second of one experiment in Node on tfjs' wasm backend (single-threaded, as in
// the site's worker), for iterating on an experiment's speed without a build. The bench
// (scripts/bench.mjs) measures the real thing in Chromium; this one is quicker and drifts less.
//   npx tsx scripts/stepSpeed.ts BatchNormRace '{"architecture":"mlp","learningRates":[0.01,0.1,0.5,1],"initScale":1,"batchSize":64,"steps":600,"evalEvery":20}' [--steps 300] [--repeat 3] [--seed 1]
// Prints per repeat: steps/s over the measured steps (after a 10-step warm-up), the same per
// second of this process's CPU time (steadier when other work shares the cores) and the
// slowest single step in ms.
import { loadExperiment } from '../components/widgets/experiments';
import { wasmContext } from '../lib/training/models/testing/wasmContext';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const [name, configJson] = args;
if (!name || !configJson) {
  console.error(
    "usage: npx tsx scripts/stepSpeed.ts <widget name> '<config json>' [--steps N] [--repeat R] [--seed S]",
  );
  process.exit(1);
}
async function main() {
  const experiment = await loadExperiment(name);
  if (!experiment) throw new Error(`unknown experiment "${name}"`);
  const config = experiment.config.parse(JSON.parse(configJson));
  const steps = option('--steps', 300);
  for (let r = 0; r < option('--repeat', 3); r++) {
    const ctx = await wasmContext(option('--seed', 1));
    const run = await experiment.create(config, ctx);
    const warmUp = Math.min(10, Math.max(0, experiment.totalSteps(config) - steps));
    for (let i = 0; i < warmUp; i++) run.step();
    let slowest = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let done = 0;
    for (; done < steps && done + warmUp < experiment.totalSteps(config); done++) {
      const s0 = performance.now();
      run.step();
      slowest = Math.max(slowest, performance.now() - s0);
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    run.dispose();
    console.log(
      `${name}: ${(done / seconds).toFixed(1)} steps/s (${(done / cpuSeconds).toFixed(1)} per CPU second) over ${done} steps, slowest step ${slowest.toFixed(1)} ms`,
    );
  }
}

void main();
