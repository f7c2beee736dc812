import { describe, expect, it } from 'vitest';
import { instanceKey, instanceKeys } from './instanceKey';

describe('instanceKey', () => {
  it('keeps the bare id for the first instance, so links made before a second copy still work', () => {
    expect(instanceKey('linear-fit', 0)).toBe('linear-fit');
  });

  it('numbers later instances from 2 in page order', () => {
    expect(instanceKey('conv-arithmetic', 1)).toBe('conv-arithmetic-2');
    expect(instanceKey('conv-arithmetic', 2)).toBe('conv-arithmetic-3');
  });

  it('gives every widget on a page its own key, counting each widget separately', () => {
    const keys = instanceKeys([
      'conv-arithmetic',
      'conv-cost',
      'conv-arithmetic',
      'conv-arithmetic',
    ]);
    expect(keys).toEqual([
      'conv-arithmetic',
      'conv-cost',
      'conv-arithmetic-2',
      'conv-arithmetic-3',
    ]);
  });

  it('is the same on every load: it depends only on page order', () => {
    const ids = ['a', 'b', 'a'];
    expect(instanceKeys(ids)).toEqual(instanceKeys([...ids]));
  });
});
