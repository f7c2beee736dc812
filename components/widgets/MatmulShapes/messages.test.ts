import { describe, expect, it } from 'vitest';
import { addmmShape } from '@/lib/pytorch/linalg/addmmShape';
import { matmulShape } from '@/lib/pytorch/linalg/matmulShape';
import { messages } from './messages';
import { MATMUL_PRESETS, parseShape } from './presets';

const hangul = /[\uac00-\ud7a3]/;

describe('MatmulShapes words every rule step and addmm check in both languages', () => {
  // One pair per route of the rule: 1-D on either side, batch broadcast, a clash, an inner mismatch.
  const pairs = [
    ...MATMUL_PRESETS.map((p) => [parseShape(p.a)!, parseShape(p.b)!, parseShape(p.bias)!]),
    [[4, 4, 2, 2], [1, 3, 2, 4], [4]],
    [
      [2, 3],
      [3, 4],
      [3, 1],
    ],
    [[3], [2, 5], [1]],
  ];
  const steps = pairs.flatMap(([a, b, bias]) => [
    ...matmulShape(a, b).steps.map((s) => (m: typeof messages.en) => m.ruleStep(s)),
    ...addmmShape(bias, a, b).steps.map((s) => (m: typeof messages.en) => m.addmmStep(s)),
  ]);

  it('covers every kind of step', () => {
    const rules = new Set(pairs.flatMap(([a, b]) => matmulShape(a, b).steps.map((s) => s.rule)));
    const checks = new Set(
      pairs.flatMap(([a, b, bias]) =>
        addmmShape(bias, a, b).steps.map((s) => `${s.check}:${s.ok}`),
      ),
    );
    expect([...rules].sort()).toEqual(
      ['append-one', 'broadcast', 'line-up-batch', 'multiply', 'prepend-one', 'remove-one'].sort(),
    );
    for (const check of ['mat1-is-matrix', 'inner-sizes', 'bias-broadcast'])
      for (const ok of [true, false])
        expect(checks.has(`${check}:${ok}`), `${check}:${ok}`).toBe(true);
  });

  it('gives each a sentence in English and one in Korean', () => {
    for (const word of steps) {
      const en = word(messages.en);
      const ko = word(messages.ko);
      expect(en).toMatch(/^[\x20-\x7e·→✗×₀]+$/);
      expect(en).not.toMatch(/undefined|NaN/);
      expect(ko).not.toMatch(/undefined|NaN/);
      if (/[a-z]{4,} [a-z]{3,}/.test(en)) expect(ko, en).toMatch(hangul);
    }
  });
});
