import { describe, expect, it } from 'vitest';
import { pythonProblems } from './pythonCheck';

const good = [
  'import torch',
  'from torch import nn',
  '',
  '',
  'def make_net(width):',
  '    """A docstring with (unbalanced brackets and a call: print(."""',
  '    return nn.Sequential(',
  '        nn.Linear(64, width),',
  '    )',
  '',
  '',
  "for name, net in {'a': make_net(8)}.items():",
  "    print(f'{name}: {net}')  # a comment with foo(",
].join('\n');

describe('pythonProblems', () => {
  it('accepts a well-formed program with strings, comments and continuation lines', () => {
    expect(pythonProblems(good)).toEqual([]);
  });

  it('finds an unclosed bracket', () => {
    expect(pythonProblems('import torch\nx = torch.zeros((2, 3)\n')).toContain(
      '1 bracket(s) left open',
    );
  });

  it('finds a block that is not indented after a colon', () => {
    expect(pythonProblems('for i in range(3):\nprint(i)')).toContain(
      'line 2: expected an indented block',
    );
  });

  it('finds an indent no colon opened, and indentation not in 4-space steps', () => {
    const problems = pythonProblems('x = 1\n    y = 2\nif x:\n  y = 3');
    expect(problems).toContain('line 2: unexpected indent');
    expect(problems).toContain('line 4: indentation is not a multiple of 4 spaces');
  });

  it('finds a call of a name nothing imports or defines', () => {
    expect(pythonProblems('import torch\nnet = nn.Linear(2, 3)')).toEqual([
      "call of undefined name 'nn'",
    ]);
  });

  it('knows a name assigned on the line after a block ends', () => {
    expect(
      pythonProblems(
        'for m in range(3):\n    if m > 1:\n        break\n    s = str(m)\n    print(s.upper())',
      ),
    ).toEqual([]);
  });
});
