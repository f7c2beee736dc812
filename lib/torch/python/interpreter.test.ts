import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { replay } from '../testing';

describe('the Python front end', () => {
  it.each([
    ['for i in range(3):\n    print(i)', "NotImplementedError: 'for' loops are not supported in this session"],
    ['while True:\n    pass', "NotImplementedError: 'while' loops are not supported in this session"],
    ['class A:\n    pass', 'NotImplementedError: class definitions are not supported in this session'],
    ['f = lambda x: x', 'NotImplementedError: lambda expressions are not supported in this session'],
  ])('answers %j with one clear line', (input, error) => {
    const [r] = replay(input);
    expect(r).toEqual({ output: null, warnings: [], error });
  });

  it('reports a syntax error or an unknown module without failing', () => {
    const s = createSession();
    expect(s.run('x = (1, ').error).toMatch(/^SyntaxError: /);
    expect(s.run('import os').error).toMatch(/^ModuleNotFoundError: No module named 'os'/);
    expect(s.run('y').error).toBe("NameError: name 'y' is not defined");
  });

  it('echoes expression values like the REPL: None prints nothing, print(None) prints None', () => {
    const r = replay('None', 'print(None)', '1 + 2', '7 / 2', "'a'", '(1,)');
    expect(r.map((s) => s.output)).toEqual([null, 'None', '3', '3.5', "'a'", '(1,)']);
  });

  it('supports subscript assignment in both spellings and identity comparisons', () => {
    const r = replay('a = torch.zeros(2, 2)', 'a[0][0] = 2.', 'a[1, 1] = 5.', 'a', 'b = a', 'id(a) == id(b)', 'a is b');
    expect(r[3].output).toBe('tensor([[2., 0.],\n        [0., 5.]])');
    expect(r[5].output).toBe('True');
    expect(r[6].output).toBe('True');
  });

  it('runs comprehensions, with blocks and imports in their usual forms', () => {
    const r = replay('import torch.nn as nn', 'from torch import nn as nn2', 'nn is nn2', '[i * 2 for i in range(3) if i != 1]', 'import numpy as np', 'np.ones(2)');
    expect(r.map((s) => s.output)).toEqual([null, null, 'True', '[0, 4]', null, 'array([1., 1.])']);
  });

  it('stops runaway work instead of freezing', () => {
    const [r] = replay('[[i for i in range(100000)] for j in range(100000)]');
    expect(r.error).toMatch(/^RuntimeError: this statement does too much work/);
  });

  it('refuses unbounded recursion with a RecursionError', () => {
    const r = replay('def f(n):\n    return f(n + 1)', 'f(0)');
    expect(r[1].error).toBe('RecursionError: maximum recursion depth exceeded');
  });
});
