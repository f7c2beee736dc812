import { COPY_EXPRESSIONS } from './copySemantics';

/**
 * The CopySemantics table as a PyTorch program: for each way of making `y` from `x`, the four
 * questions the widget asks the session (a new object? shared memory? requires_grad? does a
 * gradient reach x?), asked of real PyTorch the same way and printed one row per expression.
 */
export function copySemanticsCode(): string {
  return [
    'import numpy as np',
    'import torch',
    '',
    '',
    'def row(expression, make_x, make_y):',
    '    x = make_x()',
    '    y = make_y(x)',
    '    new_object = id(y) != id(x)',
    '    requires_grad = y.requires_grad',
    '    tracked = False',
    '    if requires_grad and isinstance(x, torch.Tensor):',
    '        y.sum().backward()',
    '        tracked = x.grad is not None',
    '    with torch.no_grad():',
    '        y[0, 0] = 5.0  # a write through y ...',
    '    shares_memory = float(x[0, 0]) == 5.0  # ... shows in x?',
    "    print(f'{expression:28s} new object {new_object!s:5}  shares memory {shares_memory!s:5}  requires_grad {requires_grad!s:5}  gradient reaches x {tracked}')",
    '',
    '',
    ...COPY_EXPRESSIONS.map(
      ({ expression, source }) =>
        `row('${expression}', lambda: ${source.replace(/^x = /, '')}, lambda x: ${expression})`,
    ),
  ].join('\n');
}
