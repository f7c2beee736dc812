import { describe, expect, it } from 'vitest';
import { nodeTf } from '@/lib/training/testing/nodeTf';
import type { Tf } from '@/lib/training/experiment';
import type * as tfc from '@tensorflow/tfjs-core';
import { createSession } from '../session';

const X = [
  [-0.203, -0.3561, -0.7537, 1.9856, -0.0401],
  [-0.6991, -0.3836, 0.5591, 1.165, -1.4671],
  [0.7387, -0.0524, 0.0712, 1.0169, 0.7298],
];
const T = [
  [0.0132, 0.3148, 1.9821, 0.4432, 2.0697],
  [0.7573, 0.879, -0.7044, -0.2887, 0.6318],
  [0.0243, 0.3464, -2.0329, -0.2538, -0.1],
];
const lit = (m: number[][]) => JSON.stringify(m);

/** Each case: the engine's Python for `out` from x (and t), and the same function in tfjs. */
const cases: {
  name: string;
  python: string;
  tfjs: (tf: Tf, x: tfc.Tensor, t: tfc.Tensor) => tfc.Tensor;
}[] = [
  { name: 'x.mean()', python: 'out = x.mean()', tfjs: (tf, x) => tf.mean(x) },
  { name: 'x.sum()', python: 'out = x.sum()', tfjs: (tf, x) => tf.sum(x) },
  {
    name: '(x * t).sum()',
    python: 'out = (x * t).sum()',
    tfjs: (tf, x, t) => tf.sum(tf.mul(x, t)),
  },
  {
    name: '(x * x).mean()',
    python: 'out = (x * x).mean()',
    tfjs: (tf, x) => tf.mean(tf.mul(x, x)),
  },
  {
    name: 'nn.L1Loss()(x, t)',
    python: 'out = nn.L1Loss()(x, t)',
    tfjs: (tf, x, t) => tf.mean(tf.abs(tf.sub(x, t))),
  },
  {
    name: 'nn.MSELoss()(x, t)',
    python: 'out = nn.MSELoss()(x, t)',
    tfjs: (tf, x, t) => tf.mean(tf.square(tf.sub(x, t))),
  },
  {
    name: "nn.MSELoss(reduction='sum')(x, t)",
    python: "out = nn.MSELoss(reduction='sum')(x, t)",
    tfjs: (tf, x, t) => tf.sum(tf.square(tf.sub(x, t))),
  },
];

function engineGrad(python: string): number[] {
  const s = createSession();
  for (const line of [
    'import torch',
    'import torch.nn as nn',
    `x = torch.tensor(${lit(X)}, requires_grad=True)`,
    `t = torch.tensor(${lit(T)})`,
    python,
    'out.backward()',
  ]) {
    const r = s.run(line);
    if (r.error) throw new Error(`${line}: ${r.error}`);
  }
  const grad = s.snapshot().tensors.find((v) => v.name === 'x')!.grad;
  if (!grad) throw new Error('x.grad is None after backward()');
  return grad;
}

describe('engine gradients agree with tfjs tf.grad on the same values (cpu backend)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const tf = await nodeTf();
    const x = tf.tensor2d(X);
    const t = tf.tensor2d(T);
    const g = tf.grad((v: tfc.Tensor) => c.tfjs(tf, v, t))(x);
    const expected = Array.from(g.dataSync());
    tf.dispose([x, t, g]);
    const got = engineGrad(c.python);
    expect(got).toHaveLength(expected.length);
    got.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
  });

  it('L1Loss of a 3x5 gives +-1/15 in every cell, as the lecture shows', () => {
    for (const v of engineGrad('out = nn.L1Loss()(x, t)'))
      expect(Math.abs(v)).toBeCloseTo(1 / 15, 7);
  });
});
