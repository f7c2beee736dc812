import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { pythonProblems } from '../../experiments/pythonCheck';
import { sessionProgram } from './sessionProgram';

const typed = (...inputs: string[]) => {
  const session = createSession();
  return inputs.map((input) => ({ input, result: session.run(input) }));
};

describe('sessionProgram', () => {
  it('prints what the prompt echoed, keeps statements and print calls as typed', () => {
    const program = sessionProgram(
      typed('import torch', 'x = torch.ones(2, requires_grad=True)', 'x * 2', 'print(x.sum())'),
    );
    expect(program).toBe(
      [
        'import torch',
        'x = torch.ones(2, requires_grad=True)',
        'print(x * 2)',
        'print(x.sum())',
      ].join('\n'),
    );
    expect(pythonProblems(program)).toEqual([]);
  });

  it('leaves a call that echoes nothing unwrapped (backward() returns None)', () => {
    const program = sessionProgram(
      typed(
        'import torch',
        'x = torch.ones(3, requires_grad=True)',
        'x.sum().backward()',
        'x.grad',
      ),
    );
    expect(program.split('\n').slice(2)).toEqual(['x.sum().backward()', 'print(x.grad)']);
  });

  it('keeps a statement that raised as a comment with the error, so the script runs through', () => {
    const program = sessionProgram(typed('import torch', 'torch.ones(2) @ torch.ones(3)'));
    const lines = program.split('\n');
    expect(lines[1]).toBe('# torch.ones(2) @ torch.ones(3)');
    expect(lines[2]).toMatch(/^# raised RuntimeError: /);
  });

  it('keeps a compound statement with its block', () => {
    const program = sessionProgram(
      typed('import torch', 'x = torch.ones(2)', 'with torch.no_grad():\n    x[0] = 5.\n'),
    );
    expect(program.split('\n').slice(2)).toEqual(['with torch.no_grad():', '    x[0] = 5.']);
  });
});
