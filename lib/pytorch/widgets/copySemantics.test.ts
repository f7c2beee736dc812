import { describe, expect, it } from 'vitest';
import { replay } from '../testing';
import { copySemanticsRow, copySemanticsTable } from './copySemantics';

// [new object, shares memory, requires grad, gradients reach x], from the PyTorch 1.13 docs:
// torch.tensor "always copies data"; torch.as_tensor / torch.from_numpy share an ndarray's memory;
// clone() copies and "is recorded in the computation graph"; detach() returns "a new Tensor, detached
// from the current graph" sharing storage; requires_grad_() "sets this tensor's requires_grad attribute
// in-place"; .data shares storage without autograd tracking (autograd mechanics notes).
const documented: Record<string, [boolean, boolean, boolean, boolean]> = {
  'torch.tensor(x)': [true, false, false, false],
  'torch.as_tensor(x)': [true, true, false, false],
  'torch.from_numpy(x)': [true, true, false, false],
  'x.clone()': [true, false, true, true],
  'x.detach()': [true, true, false, false],
  'x.detach().requires_grad_()': [true, true, true, false],
  'x.requires_grad_()': [false, true, true, true],
  'x.data': [true, true, false, false],
};

describe('the copy-semantics table, computed by running the engine', () => {
  const table = copySemanticsTable();
  it.each(table.map((r) => [r.expression, r] as const))(
    '%s behaves as the PyTorch 1.13 docs say',
    (expression, row) => {
      expect([row.newObject, row.sharesMemory, row.requiresGrad, row.tracked]).toEqual(
        documented[expression],
      );
    },
  );

  it("covers the lecture's eight expressions in order", () => {
    expect(table.map((r) => r.expression)).toEqual(Object.keys(documented));
  });

  it('its proof statements replay without errors in a fresh session and end in the shared-memory answer', () => {
    for (const row of table) {
      const steps = replay(...row.statements.slice(1));
      expect(steps.every((s) => s.error === null)).toBe(true);
      expect(steps.at(-1)!.output).toBe(row.sharesMemory ? 'True' : 'False');
    }
  });

  it('torch.as_tensor of a float32 request copies a float64 ndarray (the dtype changes, so memory cannot be shared)', () => {
    const row = copySemanticsRow('torch.as_tensor(x, dtype=torch.float32)', 'x = np.ones((2, 2))');
    expect(row.sharesMemory).toBe(false);
  });
});
