import { describe, expect, it } from 'vitest';
import { declaresMetric } from './experiment';

describe('declaresMetric', () => {
  const declared = ['loss', 'accuracy-*', 'gap-*-batch'];

  it('matches a declared name exactly, and a family with something in place of its *', () => {
    expect(declaresMetric(declared, 'loss')).toBe(true);
    expect(declaresMetric(declared, 'accuracy-bn-0')).toBe(true);
    expect(declaresMetric(declared, 'gap-small-batch')).toBe(true);
  });

  it('refuses undeclared names, an empty * and a name that only shares a prefix', () => {
    expect(declaresMetric(declared, 'losses')).toBe(false);
    expect(declaresMetric(declared, 'accuracy-')).toBe(false);
    expect(declaresMetric(declared, 'gap-small')).toBe(false);
    expect(declaresMetric(declared, 'test-accuracy-bn')).toBe(false);
  });
});
