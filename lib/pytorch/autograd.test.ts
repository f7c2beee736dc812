import { describe, expect, it } from 'vitest';
import { createSession } from './session';
import { lastOutput, replay } from './testing';

describe('autograd', () => {
  it('gives 1/4 to each element for the mean of a 2x2 of ones', () => {
    expect(
      lastOutput(
        'a = torch.ones(2, 2, requires_grad=True)',
        'a.mean().backward()',
        'a.grad.tolist()',
      ),
    ).toBe('[[0.25, 0.25], [0.25, 0.25]]');
  });

  it('gives +-1/15 per element for L1Loss on a 3x5 input', () => {
    const s = createSession();
    [
      'import torch',
      'x = torch.tensor([[float(i - 7) for i in range(5)] for _ in range(3)], requires_grad=True)',
    ].forEach((l) => s.run(l));
    s.run('torch.nn.L1Loss()(x, torch.zeros(3, 5)).backward()');
    const grads = JSON.parse(s.run('x.grad.tolist()').output!) as number[][];
    for (const v of grads.flat()) expect(Math.abs(v)).toBeCloseTo(1 / 15, 7);
    expect(s.run('x.grad[0]').output).toBe('tensor([-0.0667, -0.0667, -0.0667, -0.0667, -0.0667])');
  });

  it('applies the chain rule: d/dx (x^3 + 2x) at 2 is 14', () => {
    expect(
      lastOutput(
        'x = torch.tensor(2., requires_grad=True)',
        'y = x ** 3 + 2 * x',
        'y.backward()',
        'x.grad',
      ),
    ).toBe('tensor(14.)');
  });

  it('accumulates the gradients of two losses until zeroed', () => {
    const r = replay(
      'w = torch.ones(2, requires_grad=True)',
      '(w * 3).sum().backward()',
      '(w * w).sum().backward()',
      'w.grad',
    );
    expect(r[3].output).toBe('tensor([5., 5.])');
  });

  it('refuses a second backward through saved tensors, but not through sum', () => {
    const r = replay(
      'x = torch.ones(2, requires_grad=True)',
      'y = (x * x).sum()',
      'y.backward()',
      'y.backward()',
      'z = x.sum()',
      'z.backward()',
      'z.backward()',
    );
    expect(r[3].error).toMatch(/^RuntimeError: Trying to backward through the graph a second time/);
    expect(r[6].error).toBeNull();
  });

  it('retain_graph=True allows a second backward', () => {
    const r = replay(
      'x = torch.ones(2, requires_grad=True)',
      'y = (x * x).sum()',
      'y.backward(retain_graph=True)',
      'y.backward()',
      'x.grad',
    );
    expect(r[4].output).toBe('tensor([4., 4.])');
  });

  it('catches an in-place change through detach() by the version counter, but not through .data', () => {
    const viaDetach = replay(
      'a = torch.ones(3, requires_grad=True)',
      'b = a.exp()',
      'b.detach().zero_()',
      'b.sum().backward()',
    );
    expect(viaDetach[3].error).toBe(
      'RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: ' +
        '[torch.FloatTensor [3]], which is output 0 of ExpBackward0, is at version 1; expected version 0 instead. ' +
        'Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).',
    );
    const viaData = replay(
      'a = torch.ones(3, requires_grad=True)',
      'b = a.exp()',
      'b.data.zero_()',
      'b.sum().backward()',
      'a.grad',
    );
    expect(viaData[3].error).toBeNull();
    expect(viaData[4].output).toBe('tensor([0., 0., 0.])');
  });

  it('needs a gradient argument for non-scalar outputs', () => {
    const r = replay(
      'x = torch.ones(3, requires_grad=True)',
      'y = x * 2',
      'y.backward()',
      'y.backward(torch.ones(3))',
      'x.grad',
    );
    expect(r[2].error).toBe('RuntimeError: grad can be implicitly created only for scalar outputs');
    expect(r[4].output).toBe('tensor([2., 2., 2.])');
  });

  it('does not track operations in a @torch.no_grad() function or after set_grad_enabled(False)', () => {
    const r = replay(
      '@torch.no_grad()\ndef double(t):\n    return t * 2',
      'x = torch.ones(2, requires_grad=True)',
      'double(x).requires_grad',
      '_ = torch.set_grad_enabled(False)',
      '(x * 2).requires_grad',
      '_ = torch.set_grad_enabled(True)',
      '(x * 2).requires_grad',
    );
    expect(r.map((s) => s.output)).toEqual([null, null, 'False', null, 'False', null, 'True']);
  });
});

describe('reflected operators', () => {
  it('computes scalar - tensor, scalar / tensor and scalar ** tensor with their gradients', () => {
    const r = replay(
      'x = torch.tensor([1., 2.], requires_grad=True)',
      '1 - x',
      '(1 - x).grad_fn.name()',
      '(2 / x).sum().backward()',
      'x.grad',
    );
    expect(r[1].output).toBe('tensor([ 0., -1.], grad_fn=<RsubBackward1>)');
    expect(r[2].output).toBe("'RsubBackward1'");
    expect(r[4].output).toBe('tensor([-2.0000, -0.5000])');
  });
});
