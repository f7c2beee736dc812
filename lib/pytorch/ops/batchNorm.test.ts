import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { batchNorm, type BatchNormOptions, type RunningBuffers } from './batchNorm';
import { testRuntime } from './gradcheck';

const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};

// Recorded from PyTorch 1.13.1: bn = nn.BatchNorm1d(3) with weight [1.5, 0.5, -1] and
// bias [0.1, -0.2, 0.3], on this float32 batch of 4.
const X = [0.3, -1.2, 2.5, 1.7, 0.4, -0.6, -0.9, 2.2, 0.8, 0.1, -0.3, 1.9];
const WEIGHT = [1.5, 0.5, -1];
const BIAS = [0.1, -0.2, 0.3];
const TRAIN: BatchNormOptions = { kind: 'BatchNorm1d', eps: 1e-5, momentum: 0.1, training: true };

function layer(rt: Runtime, dtype: 'float32' | 'float64', channels = 3) {
  const param = (v: number[]) => {
    const t = rt.fromValues(v, [v.length], dtype);
    t.requiresGrad = true;
    return t;
  };
  const running: RunningBuffers = {
    mean: rt.full([channels], 0, dtype),
    variance: rt.full([channels], 1, dtype),
    numBatchesTracked: rt.full([], 0, 'int64'),
  };
  return { weight: param(WEIGHT), bias: param(BIAS), running };
}

describe('batch norm over session tensors (recorded from PyTorch 1.13.1)', () => {
  it('float32 training output and running stats (momentum 0.1) match PyTorch to the last bit', () => {
    const rt = testRuntime();
    const { weight, bias, running } = layer(rt, 'float32');
    const x = rt.fromValues(X, [4, 3], 'float32');
    const y = batchNorm(rt, x, weight, bias, running, TRAIN);
    expect(values(y)).toEqual([
      0.10000000894069672, -0.7910630106925964, -0.8440225720405579, 2.3644750118255615,
      -0.14990992844104767, 1.7829923629760742, -1.8409786224365234, 0.5713872909545898,
      0.5965984463691711, -0.2234964519739151, -0.4304143786430359, -0.33556807041168213,
    ]);
    expect(values(running.mean)).toEqual([
      0.030000001192092896, 0.02749999798834324, 0.11500000208616257,
    ]);
    expect(values(running.variance)).toEqual([
      1.0146666765213013, 1.1075832843780518, 1.0856666564941406,
    ]);
    expect(values(running.numBatchesTracked)).toEqual([1]);
    // eval: the running statistics normalise instead, and nothing is counted
    const e = batchNorm(rt, x, weight, bias, running, { ...TRAIN, training: false });
    expect(values(e)).toEqual([
      0.5020602941513062, -0.7831782698631287, -1.9889596700668335, 2.5868172645568848,
      -0.023027369752526283, 0.9862080812454224, -1.2848742008209229, 0.8321423530578613,
      -0.3574160933494568, 0.20423784852027893, -0.35559338331222534, -1.4131207466125488,
    ]);
    expect(values(running.numBatchesTracked)).toEqual([1]);
  });

  it('momentum None keeps the cumulative average of the batches seen (the mean to the last bit)', () => {
    const rt = testRuntime();
    const { running } = layer(rt, 'float32');
    const opts = { ...TRAIN, momentum: null };
    batchNorm(rt, rt.fromValues(X, [4, 3], 'float32'), null, null, running, opts);
    const twice = X.map((v) => Math.fround(Math.fround(v) * 2 + 1));
    batchNorm(rt, rt.fromValues(twice, [4, 3], 'float32'), null, null, running, opts);
    expect(values(running.mean)).toEqual([
      0.9499999284744263, 0.9125000238418579, 2.2249999046325684,
    ]);
    // the float32 sum of squares is not yet ATen's to the last bit for every batch: 1e-6
    [2.866666793823242, 5.1895833015441895, 4.641666889190674].forEach((v, i) =>
      expect(values(running.variance)[i]).toBeCloseTo(v, 6),
    );
    expect(values(running.numBatchesTracked)).toEqual([2]);
  });

  it('float64 gradients to input, weight and bias are the recorded NativeBatchNormBackward0 ones', () => {
    const rt = testRuntime();
    const { weight, bias, running } = layer(rt, 'float64');
    const x = rt.fromValues(X.map(Math.fround), [4, 3], 'float64'); // x.double() of the float32 batch
    x.requiresGrad = true;
    const y = batchNorm(rt, x, weight, bias, running, TRAIN);
    expect(y.gradFn?.name).toBe('NativeBatchNormBackward0');
    runBackward(
      rt,
      y,
      Float64Array.from({ length: 12 }, (_, i) => i + 1),
      false,
    );
    const gx = [
      -7.278669814442891, -1.162592688283718, 3.6901755225747253, 0.7334726629830148,
      -0.6553733732259144, 1.4308829147222137, -0.2820874734368066, -0.23502188019277404,
      -1.2391868917724218, 6.8272846248966825, 2.0529879417024066, -3.8818715455245174,
    ];
    values(x.grad!).forEach((v, i) => expect(v).toBeCloseTo(gx[i], 10));
    const gw = [-5.175943053391103, 5.409728981031172, -0.5084545363062035];
    values(weight.grad!).forEach((v, i) => expect(v).toBeCloseTo(gw[i], 10));
    expect(values(bias.grad!)).toEqual([22, 26, 30]);
  });

  it('BatchNorm2d without affine or running stats normalises each channel over batch and space', () => {
    const rt = testRuntime();
    const x = rt.fromValues(
      Array.from({ length: 16 }, (_, i) => Math.sin(i)),
      [2, 2, 2, 2],
      'float64',
    );
    const y = batchNorm(rt, x, null, null, null, { ...TRAIN, kind: 'BatchNorm2d' });
    const recorded = [
      -0.32520720165848527, 0.9262373896369185, 1.0271095950277516, -0.1153320259263091,
      -1.122124382148831, -1.4128659060549147, -0.43542835426309257, 0.9115366957934524,
      1.146176897073087, 0.28769978936081003, -1.1342811793292007, -1.812403264184571,
      -0.8053357455168196, 0.5708842409469561, 1.39143256648764, 0.9019008847556089,
    ];
    values(y).forEach((v, i) => expect(v).toBeCloseTo(recorded[i], 10));
  });

  it('counts the batch after the rank check but before the other checks, as the module does', () => {
    const rt = testRuntime();
    const { weight, bias, running } = layer(rt, 'float32');
    const run = (shape: number[], dtype: 'float32' | 'float64' | 'int64' = 'float32') =>
      errorLine(() => batchNorm(rt, rt.full(shape, 0, dtype), weight, bias, running, TRAIN));
    expect(run([1, 3])).toBe(
      'ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 3])',
    );
    expect(values(running.numBatchesTracked)).toEqual([1]);
    expect(run([2, 3, 4, 5])).toBe('ValueError: expected 2D or 3D input (got 4D input)');
    expect(values(running.numBatchesTracked)).toEqual([1]);
    expect(run([2, 4])).toBe('RuntimeError: running_mean should contain 4 elements not 3');
    expect(values(running.numBatchesTracked)).toEqual([2]);
    expect(run([2, 3], 'int64')).toBe(`RuntimeError: "batch_norm" not implemented for 'Long'`);
    expect(run([2, 3], 'float64')).toBe(
      'RuntimeError: mixed dtype (CPU): expect input to have scalar type of BFloat16',
    );
  });
});
