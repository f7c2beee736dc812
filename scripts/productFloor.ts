// The floor under BatchNormRace's MLP on tfjs' wasm backend: the matrix products of one
// training step (8 networks 64-64-64-10, batch 64) alone, with no element-wise work, two ways:
//   per network: the 50 single products the race runs (lib/training/models/product.ts), each on XNNPACK;
//   batched:     8 BatchMatMul calls, the eight networks stacked as [8, m, k] with transposes
//                where the backward pass needs them (what one batched call per layer would be).
// tfjs-backend-wasm 4.22 hands a product to XNNPACK only without a batch dimension or a
// transpose; anything else runs a scalar triple loop, which this measures.
//   npx tsx scripts/productFloor.ts [--steps 200] [--repeat 3]
import type * as tfc from '@tensorflow/tfjs-core';
import { wasmContext } from '../lib/training/models/testing/wasmContext';
import { tfProduct } from '../lib/training/models/product';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const [K, F, C, N] = [8, 64, 10, 64];

async function main() {
  const { tf } = await wasmContext(1);
  const product = tfProduct(tf);
  const values = (size: number) => Float32Array.from({ length: size }, (_, i) => Math.sin(i) * 0.1);
  const out = (size: number) => new Float32Array(size);

  // Per network, as createMlpRace calls them: [m, k, n] of C = A B.
  const shapes: [number, number, number][] = [
    [K * F, F, N], // layer 0 forward, all networks stacked
    ...Array.from({ length: K }, (): [number, number, number][] => [
      [F, F, N],
      [C, F, N], // forward: hidden layer 1, read-out
      [C, N, F],
      [F, C, N], // backward read-out: dV, dA
      [F, N, F],
      [F, F, N], // backward hidden layer 1: dV, dA
    ]).flat(),
    [K * F, N, F], // layer 0's dV, all networks stacked
  ];
  const operands = shapes.map(([m, k, n]) => ({
    a: values(m * k),
    b: values(k * n),
    c: out(m * n),
    m,
    k,
    n,
  }));
  const perNetwork = () => operands.forEach(({ a, b, c, m, k, n }) => product(a, b, m, k, n, c));

  // Batched: one BatchMatMul per layer and direction.
  const kernel = tf.getKernel('BatchMatMul', tf.getBackend());
  if (!kernel) throw new Error('no BatchMatMul kernel');
  const backend = tf.backend();
  const call = (aShape: number[], bShape: number[], transposeA = false, transposeB = false) => {
    const size = (s: number[]) => s.reduce((x, y) => x * y, 1);
    const a: tfc.TensorInfo = {
      dataId: backend.write(values(size(aShape)), aShape, 'float32'),
      shape: aShape,
      dtype: 'float32',
    };
    const b: tfc.TensorInfo = {
      dataId: backend.write(values(size(bShape)), bShape, 'float32'),
      shape: bShape,
      dtype: 'float32',
    };
    const c = kernel.kernelFunc({
      inputs: { a, b },
      backend,
      attrs: { transposeA, transposeB },
    }) as tfc.TensorInfo;
    backend.readSync(c.dataId);
    [a, b, c].forEach((t) => backend.disposeData(t.dataId));
  };
  const batched = () => {
    call([1, K * F, F], [1, F, N]);
    call([K, F, F], [K, F, N]);
    call([K, C, F], [K, F, N]);
    call([K, C, N], [K, F, N], false, true);
    call([K, C, F], [K, C, N], true, false);
    call([K, F, N], [K, F, N], false, true);
    call([K, F, F], [K, F, N], true, false);
    call([1, K * F, N], [1, N, F]);
  };

  const steps = option('--steps', 200);
  const time = (f: () => void, reps: number) => {
    for (let i = 0; i < 10; i++) f();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) f();
    const cpu = process.cpuUsage(cpu0);
    return { ms: (performance.now() - t0) / reps, cpuMs: (cpu.user + cpu.system) / 1000 / reps };
  };
  for (let r = 0; r < option('--repeat', 3); r++) {
    for (const [name, f, calls, reps] of [
      ['per network', perNetwork, shapes.length, steps],
      ['batched', batched, 8, Math.max(10, steps / 10)],
    ] as const) {
      const { ms, cpuMs } = time(f, reps);
      console.log(
        `${name}: ${calls} calls, ${ms.toFixed(2)} ms a step (${cpuMs.toFixed(2)} ms CPU): at most ${(1000 / ms).toFixed(0)} steps/s (${(1000 / cpuMs).toFixed(0)} per CPU second)`,
      );
    }
  }
}

void main();
