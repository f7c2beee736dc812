import { describe, expect, it } from 'vitest';
import { catalogueLeaves, looksEnglish, sampleText } from '@/lib/site/catalogueLeaves';
import type { Localized } from '@/lib/site/localized';

/** Every widget's own catalogue (`components/widgets/<Name>/messages.ts`). */
const modules = import.meta.glob<{ messages: Localized<Record<string, unknown>> }>(
  './*/messages.ts',
  {
    eager: true,
  },
);

describe.each(Object.entries(modules))('%s', (_, { messages }) => {
  const en = catalogueLeaves(messages.en);
  const ko = catalogueLeaves(messages.ko);

  it('has the same keys in Korean and English, each the same kind and arity', () => {
    expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of en) {
      expect(typeof ko.get(key), key).toBe(typeof value);
      if (typeof value === 'function')
        expect((ko.get(key) as () => void).length, key).toBe(value.length);
    }
  });

  it('writes no empty and no untranslated Korean message', () => {
    for (const [key, value] of ko) {
      const text = sampleText(value);
      const english = sampleText(en.get(key));
      if (text === null || english === null) continue;
      expect(text.trim().length > 0, key).toBe(true);
      expect(text === english && looksEnglish(text), `${key}: "${text}"`).toBe(false);
    }
  });
});
