import { describe, expect, it } from 'vitest';
import { continuationIndent, needsMoreInput } from './replInput';

// The rule of Python's interactive prompt (codeop.compile_command): incomplete input gets a '...' line.
describe('needsMoreInput follows the interactive prompt', () => {
  it('runs a complete simple statement at once', () => {
    expect(needsMoreInput('x = torch.ones(2, 2)')).toBe(false);
  });
  it('continues while a bracket is open, and stops when it closes', () => {
    expect(needsMoreInput('a = torch.tensor([[1., 1.],')).toBe(true);
    expect(needsMoreInput('a = torch.tensor([[1., 1.],\n                  [1., 1.]])')).toBe(false);
  });
  it('ignores brackets and colons inside strings and comments', () => {
    expect(needsMoreInput("print('(:')  # [")).toBe(false);
  });
  it('keeps a with/def block open until an empty line', () => {
    expect(needsMoreInput('with torch.no_grad():')).toBe(true);
    expect(needsMoreInput('with torch.no_grad():\n    y = x * 2')).toBe(true);
    expect(needsMoreInput('with torch.no_grad():\n    y = x * 2\n')).toBe(false);
  });
  it('continues after a trailing backslash', () => {
    expect(needsMoreInput('y = x + \\')).toBe(true);
  });
});

describe('continuationIndent', () => {
  it('indents one level (4 spaces) after a colon and keeps the indent otherwise', () => {
    expect(continuationIndent('def f(t):')).toBe('    ');
    expect(continuationIndent('    y = t * 2')).toBe('    ');
    expect(continuationIndent('x = 1')).toBe('');
  });
});
