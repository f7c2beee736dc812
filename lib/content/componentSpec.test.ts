import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { componentText, defineComponent } from './componentSpec';

const spec = defineComponent({
  name: 'Box',
  kind: 'prose',
  summary: 'A box.',
  props: z.object({
    title: z.string().default('Check yourself').describe('Heading.'),
    size: z.number().default(2).describe('Size.'),
  }),
  example: '<Box />',
  ko: { summary: '상자.', props: { title: '제목.', size: '크기.' }, defaults: { title: '스스로 확인하기' } },
});

describe("a component's text in each edition", () => {
  it('the Korean guide shows the Korean default of a worded prop, and the schema default otherwise', () => {
    const ko = componentText(spec, 'ko');
    expect(ko.defaultOf('title', 'Check yourself')).toBe('스스로 확인하기');
    expect(ko.defaultOf('size', '2')).toBe('2');
    expect(ko.describe('title', 'Heading.')).toBe('제목.');
  });

  it('the English guide shows the schema', () => {
    const en = componentText(spec, 'en');
    expect(en.defaultOf('title', 'Check yourself')).toBe('Check yourself');
    expect(en.summary).toBe('A box.');
  });
});
