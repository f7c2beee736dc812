import { describe, expect, it } from 'vitest';
import { replay } from '../testing';

const setup = [
  'w = torch.tensor([1., -2.], requires_grad=True)',
  'opt = torch.optim.SGD([w], lr=0.5)',
  'x = torch.tensor([3., 4.])',
];

describe('torch.optim.SGD (plain, PyTorch 1.13 defaults)', () => {
  it('step() moves each parameter by -lr * grad: w - 0.5 * x for loss (w * x).sum()', () => {
    const r = replay(...setup, '(w * x).sum().backward()', 'opt.step()', 'w');
    expect(r.at(-1)!.output).toBe('tensor([-0.5000, -4.0000], requires_grad=True)');
  });

  it('without zero_grad() two backward passes add their gradients', () => {
    const r = replay(...setup, '(w * x).sum().backward()', '(w * x).sum().backward()', 'w.grad');
    expect(r.at(-1)!.output).toBe('tensor([6., 8.])');
  });

  it('zero_grad() zeroes .grad in place (set_to_none=False is the 1.13 default)', () => {
    const r = replay(
      ...setup,
      '(w * x).sum().backward()',
      'g = w.grad',
      'opt.zero_grad()',
      'w.grad',
      'g is w.grad',
      'opt.zero_grad(set_to_none=True)',
      'w.grad is None',
    );
    expect(r.map((s) => s.output).slice(-4)).toEqual(['tensor([0., 0.])', 'True', null, 'True']);
  });

  it("step() bumps the parameter's version counter once", () => {
    const r = replay(
      ...setup,
      '(w * x).sum().backward()',
      'w._version',
      'opt.step()',
      'w._version',
    );
    expect([r.at(-3)!.output, r.at(-1)!.output]).toEqual(['0', '1']);
  });
});
