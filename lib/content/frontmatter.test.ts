import { describe, expect, it } from 'vitest';
import { frontmatterSchema, parseFrontmatter } from './frontmatter';

const VALID = '---\ntitle: Linear layers\nsummary: What nn.Linear computes.\norder: 2\nminutes: 12\nsources:\n  - title: Lecture notes, week 2\n    url: https://example.org/week2\n---\n\n## Body\n';

describe('parseFrontmatter', () => {
  it('splits the YAML block and says where the body starts', () => {
    const { data, bodyStartLine } = parseFrontmatter(VALID);
    expect(bodyStartLine).toBe(10);
    expect(data).toEqual({
      title: 'Linear layers',
      summary: 'What nn.Linear computes.',
      order: 2,
      minutes: 12,
      sources: [{ title: 'Lecture notes, week 2', url: 'https://example.org/week2' }],
    });
  });

  it('returns no data when the file has no frontmatter', () => {
    expect(parseFrontmatter('# Title\n')).toEqual({ data: undefined, bodyStartLine: 1 });
  });

  it('throws on invalid YAML', () => {
    expect(() => parseFrontmatter('---\ntitle: [x\n---\n')).toThrow();
  });
});

describe('frontmatterSchema', () => {
  it('defaults draft to false', () => {
    expect(frontmatterSchema.parse(parseFrontmatter(VALID).data).draft).toBe(false);
  });

  it('rejects a zero order, fractional minutes, an empty sources list, an http source and unknown fields', () => {
    const base = parseFrontmatter(VALID).data as Record<string, unknown>;
    const fails = (patch: Record<string, unknown>) => !frontmatterSchema.safeParse({ ...base, ...patch }).success;
    expect(fails({ order: 0 })).toBe(true);
    expect(fails({ minutes: 2.5 })).toBe(true);
    expect(fails({ sources: [] })).toBe(true);
    expect(fails({ sources: [{ title: 'x', url: 'http://example.org' }] })).toBe(true);
    expect(fails({ tags: ['x'] })).toBe(true);
    expect(fails({ draft: true })).toBe(false);
  });

  it('describes every field for the authoring guide', () => {
    for (const field of Object.values(frontmatterSchema.shape)) expect(field.description).toMatch(/\w/);
  });
});
