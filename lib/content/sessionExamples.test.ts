import { describe, expect, it } from 'vitest';
import { oracleFileOf, sessionExamples, withoutImportPrelude } from './sessionExamples';

describe('session examples in lesson source', () => {
  it('finds only python blocks marked session="id", with their text and line', () => {
    const source = ['# A', '', '```python session="a_1"', '>>> x = 1', '>>> x', '1', '```', '', '```python', '>>> y', '```'].join('\n');
    expect(sessionExamples(source)).toEqual([{ id: 'a_1', text: '>>> x = 1\n>>> x\n1', line: 3 }]);
  });

  it('names the recording after the slug, hyphens as underscores', () => {
    expect(oracleFileOf('tensor-copy-semantics')).toBe('lesson_tensor_copy_semantics.json');
  });

  it('leaves out leading imports the block does not show, and keeps them when it does', () => {
    const step = (input: string) => ({ input, output: null, warnings: [], error: null });
    const steps = [step('import torch'), step('import torch.nn as nn'), step('x = 1')];
    expect(withoutImportPrelude(steps, '>>> x = 1').map((s) => s.input)).toEqual(['x = 1']);
    expect(withoutImportPrelude(steps, '>>> import torch').map((s) => s.input)).toEqual(['import torch', 'import torch.nn as nn', 'x = 1']);
  });
});
