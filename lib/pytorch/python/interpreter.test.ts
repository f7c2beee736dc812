import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { replay } from '../testing';

describe('the Python front end', () => {
  it.each([
    [
      'raise ValueError from None',
      "NotImplementedError: 'raise ... from' statements are not supported in this session",
    ],
    [
      'async def f(): pass',
      "NotImplementedError: 'async' functions are not supported in this session",
    ],
    [
      'class L(torch.nn.Linear):\n    pass',
      'NotImplementedError: subclassing torch.nn.modules.linear.Linear is not supported in this session',
    ],
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
    const r = replay(
      'a = torch.zeros(2, 2)',
      'a[0][0] = 2.',
      'a[1, 1] = 5.',
      'a',
      'b = a',
      'id(a) == id(b)',
      'a is b',
    );
    expect(r[3].output).toBe('tensor([[2., 0.],\n        [0., 5.]])');
    expect(r[5].output).toBe('True');
    expect(r[6].output).toBe('True');
  });

  it('runs comprehensions, with blocks and imports in their usual forms', () => {
    const r = replay(
      'import torch.nn as nn',
      'from torch import nn as nn2',
      'nn is nn2',
      '[i * 2 for i in range(3) if i != 1]',
      'import numpy as np',
      'np.ones(2)',
    );
    expect(r.map((s) => s.output)).toEqual([null, null, 'True', '[0, 4]', null, 'array([1., 1.])']);
  });

  it('stops a runaway statement after its time budget and keeps the state before it', () => {
    const s = createSession({ timeLimitMs: 200 });
    s.run('n = 0');
    s.run('xs = [1]');
    const r = s.run('while True:\n    try:\n        n += 1\n    except:\n        pass');
    expect(r.error).toBe(
      'KeyboardInterrupt: the statement ran for more than 0.2 s and was stopped',
    );
    expect(s.run('xs').output).toBe('[1]');
    expect(Number(s.run('n').output)).toBeGreaterThan(0);
    expect(s.run('[[i for i in range(100000)] for j in range(100000)]').error).toMatch(
      /^KeyboardInterrupt: /,
    );
    expect(s.run('sum(range(10))').output).toBe('45');
  });

  it('never names a JavaScript type in an error', () => {
    const s = createSession();
    s.run('import torch');
    const inputs = [
      'torch.ones(2) // None',
      'torch.ones(2) @ 3',
      '[] < {}',
      '5(1)',
      'len(len)',
      "'a' + 1",
      'torch.ones(2) ** [1]',
      '-{}',
    ];
    for (const input of inputs) {
      const { error } = s.run(input);
      expect(error).toMatch(/^[A-Za-z]+Error: /);
      expect(error).not.toMatch(/bigint|number|undefined|object Object|\bat [A-Za-z]+ \(/);
    }
  });

  it('refuses unbounded recursion with a RecursionError', () => {
    const r = replay('def f(n):\n    return f(n + 1)', 'f(0)');
    expect(r[1].error).toBe('RecursionError: maximum recursion depth exceeded');
  });
});
