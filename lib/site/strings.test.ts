import { describe, expect, it } from 'vitest';
import { catalogues } from './strings';
import { catalogueLeaves as leaves } from './catalogueLeaves';

const en = leaves(catalogues.en as unknown as Record<string, unknown>);
const ko = leaves(catalogues.ko as unknown as Record<string, unknown>);

describe('message catalogues', () => {
  it('the Korean catalogue has exactly the English keys', () => {
    expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('each message is the same kind in both, and functions take the same number of arguments', () => {
    for (const [key, value] of en) {
      const other = ko.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'function') expect((other as () => void).length, key).toBe(value.length);
    }
  });

  it('no message is empty, also when a function is called with sample arguments', () => {
    for (const catalogue of [en, ko]) {
      for (const [key, value] of catalogue) {
        const text =
          typeof value === 'function' ? String(value(...Array(value.length).fill(3))) : value;
        expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('a Korean function message places its arguments in its text', () => {
    for (const [key, value] of ko) {
      if (typeof value !== 'function' || key === 'backend') continue;
      const args = Array.from({ length: value.length }, (_, i) => `«${i}»`);
      const text = String(value(...args));
      for (const arg of args) expect(text, key).toContain(arg);
    }
  });
});
