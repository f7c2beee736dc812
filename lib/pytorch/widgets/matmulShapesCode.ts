/** Shapes typed as text ("5,2,3") as a Python tuple ("(5, 2, 3)"). */
const shapeTuple = (text: string) => {
  const sizes = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return `(${sizes.join(', ')}${sizes.length === 1 ? ',' : ''})`;
};

/**
 * The MatmulShapes widget in PyTorch: random tensors of the three shapes (seeded), then
 * `torch.matmul(a, b)` and `torch.addmm(bias, a, b)`, each printing its result's shape or
 * PyTorch's own error, as the widget shows them.
 */
export function matmulShapesCode(s: { a: string; b: string; bias: string; seed: number }): string {
  return [
    'import torch',
    '',
    `torch.manual_seed(${s.seed})`,
    `a = torch.randn(${shapeTuple(s.a)})`,
    `b = torch.randn(${shapeTuple(s.b)})`,
    `bias = torch.randn(${shapeTuple(s.bias)})`,
    '',
    'calls = {',
    "    'torch.matmul(a, b)': lambda: torch.matmul(a, b),",
    "    'torch.addmm(bias, a, b)': lambda: torch.addmm(bias, a, b),",
    '}',
    'for name, call in calls.items():',
    '    try:',
    "        print(name, '->', call().shape)",
    '    except RuntimeError as error:',
    "        print(name, '->', 'RuntimeError:', error)",
  ].join('\n');
}
