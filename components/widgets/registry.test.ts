import { describe, expect, it } from 'vitest';
import { componentSpecs } from '@/lib/widgets/registry';
import { widgetLoaders } from './loaders';

describe('widget registries', () => {
  it('every widget spec has a lazy loader and every loader a spec', () => {
    const specs = componentSpecs.filter((s) => s.kind === 'widget').map((s) => s.name).sort();
    expect(Object.keys(widgetLoaders).sort()).toEqual(specs);
  });

  it('every spec parses its own defaults and names are unique', () => {
    const names = componentSpecs.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of componentSpecs) {
      const required = Object.entries(spec.props.shape).filter(([, f]) => !(f as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success);
      if (required.length === 0) expect(spec.props.safeParse({}).success, spec.name).toBe(true);
    }
  });
});

describe('widget examples', () => {
  it('every example in the authoring guide passes its own props schema', async () => {
    const { parseMdx } = await import('@/lib/content/parseMdx');
    const { checkLesson } = await import('@/lib/content/check');
    const { componentSpecByName } = await import('@/lib/widgets/registry');
    for (const spec of componentSpecs) {
      const source = `---\ntitle: T\nsummary: S.\norder: 1\nminutes: 1\nsources:\n  - title: Notes\n---\n${spec.example}\n`;
      expect(parseMdx(source)).toBeTruthy();
      const problems = checkLesson({ file: `content/example-${spec.name.toLowerCase()}.mdx`, source }, { lessons: new Map(), publicFiles: new Set(['/favicon.svg']), components: componentSpecByName });
      expect(problems.map((p) => p.message), spec.name).toEqual([]);
    }
  });
});
