import { describe, expect, it } from 'vitest';
import { batchNormForward, createBatchNorm } from './batchNorm';
import { fromNested } from './channelTensor';

const zeros = (...shape: number[]) => ({
  shape,
  data: new Float64Array(shape.reduce((a, b) => a * b, 1)),
});

describe('batch-norm input checks, in PyTorch 1.13 order', () => {
  it('BatchNorm1d rejects a 4-D input and BatchNorm2d a 3-D one (ValueError)', () => {
    expect(
      batchNormForward(
        createBatchNorm({ kind: 'BatchNorm1d', numFeatures: 3 }),
        zeros(2, 3, 4, 4),
        true,
      ),
    ).toEqual({
      ok: false,
      errorType: 'ValueError',
      error: 'expected 2D or 3D input (got 4D input)',
    });
    expect(
      batchNormForward(
        createBatchNorm({ kind: 'BatchNorm2d', numFeatures: 3 }),
        zeros(2, 3, 4),
        false,
      ),
    ).toEqual({ ok: false, errorType: 'ValueError', error: 'expected 4D input (got 3D input)' });
  });

  it('a wrong channel count is reported against running_mean first, then weight', () => {
    expect(
      batchNormForward(createBatchNorm({ kind: 'BatchNorm1d', numFeatures: 3 }), zeros(4, 5), true),
    ).toEqual({
      ok: false,
      errorType: 'RuntimeError',
      error: 'running_mean should contain 5 elements not 3',
    });
    const noStats = createBatchNorm({
      kind: 'BatchNorm2d',
      numFeatures: 3,
      trackRunningStats: false,
    });
    expect(batchNormForward(noStats, zeros(2, 4, 2, 2), false)).toEqual({
      ok: false,
      errorType: 'RuntimeError',
      error: 'weight should contain 4 elements not 3',
    });
  });

  it('without affine parameters or running stats any channel count is accepted', () => {
    const bare = createBatchNorm({
      kind: 'BatchNorm1d',
      numFeatures: 3,
      affine: false,
      trackRunningStats: false,
    });
    expect(batchNormForward(bare, zeros(4, 7), true).ok).toBe(true);
  });

  it('the one-value check applies in eval too when there are no running stats, and comes before the channel check', () => {
    const noStats = createBatchNorm({
      kind: 'BatchNorm1d',
      numFeatures: 3,
      trackRunningStats: false,
    });
    expect(batchNormForward(noStats, zeros(1, 5), false)).toEqual({
      ok: false,
      errorType: 'ValueError',
      error:
        'Expected more than 1 value per channel when training, got input size torch.Size([1, 5])',
    });
  });
});

describe('running statistics', () => {
  it('momentum=None makes running_mean the plain average of the batch means', () => {
    let m = createBatchNorm({ kind: 'BatchNorm1d', numFeatures: 1, momentum: null });
    const batches = [
      [1, 3],
      [2, 6],
      [-4, 0],
    ];
    for (const b of batches) {
      const pass = batchNormForward(m, fromNested(b.map((x) => [x])), true);
      if (!pass.ok) throw new Error(pass.error);
      m = pass.module;
    }
    // batch means 2, 4, -2; unbiased variances 2, 8, 8
    expect(m.running!.mean[0]).toBeCloseTo(4 / 3, 14);
    expect(m.running!.variance[0]).toBeCloseTo(6, 14);
    expect(m.running!.numBatchesTracked).toBe(3);
  });

  it('a training pass normalises with the biased variance (1/m), not the unbiased one', () => {
    const pass = batchNormForward(
      createBatchNorm({ kind: 'BatchNorm1d', numFeatures: 1, eps: 0 }),
      fromNested([[0], [2]]),
      true,
    );
    if (!pass.ok) throw new Error(pass.error);
    expect(Array.from(pass.output.data)).toEqual([-1, 1]);
    expect(pass.module.running!.variance[0]).toBeCloseTo(0.9 + 0.1 * 2, 15);
  });
});
