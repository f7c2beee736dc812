import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLesson } from '@/lib/content/check';
import { parseMdx } from '@/lib/content/parseMdx';
import { instanceKeys } from '@/lib/urlState/instanceKey';
import { componentSpecByName, componentSpecs, widgetSpecs } from './specs';

describe('the list of widget specs', () => {
  it('names are unique, ids are the kebab form, and every widget lives in its own folder', () => {
    const names = componentSpecs.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of widgetSpecs) {
      expect(spec.id, spec.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(spec.id.replace(/-/g, ''), spec.name).toBe(spec.name.toLowerCase());
      expect(existsSync(`components/widgets/${spec.name}/${spec.name}.tsx`), spec.name).toBe(true);
      expect(spec.title.length, spec.name).toBeGreaterThan(0);
      expect(spec.height, spec.name).toBeGreaterThan(100);
    }
  });

  it('every spec parses its own defaults', () => {
    for (const spec of componentSpecs) {
      const required = Object.entries(spec.props.shape).filter(([, f]) => !(f as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success);
      if (required.length === 0) expect(spec.props.safeParse({}).success, spec.name).toBe(true);
    }
  });

  it('every training widget declares an experiment that loads', async () => {
    const training = widgetSpecs.filter((s) => s.experiment);
    expect(training.length).toBe(15);
    for (const spec of training) {
      const experiment = await spec.experiment!();
      expect(typeof experiment.create, spec.name).toBe('function');
    }
  });
});

describe('widget examples', () => {
  it('every example in the authoring guide passes its own props schema', () => {
    for (const spec of componentSpecs) {
      const source = `---\ntitle: T\nsummary: S.\norder: 1\nminutes: 1\nsources:\n  - title: Notes\n---\n${spec.example}\n`;
      expect(parseMdx(source)).toBeTruthy();
      const problems = checkLesson({ file: `content/example-${spec.name.toLowerCase()}.mdx`, source }, { lessons: new Map(), publicFiles: new Set(['/favicon.svg']), components: componentSpecByName });
      expect(problems.map((p) => p.message), spec.name).toEqual([]);
    }
  });
});

/** The widgets a lesson uses, in page order (the order LazyWidget numbers them in the DOM). */
function widgetIdsInOrder(source: string): string[] {
  const ids: string[] = [];
  const visit = (node: { type: string; name?: string | null; children?: unknown[] }) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const spec = widgetSpecs.find((s) => s.name === node.name);
      if (spec) ids.push(spec.id);
    }
    (node.children as (typeof node)[] | undefined)?.forEach(visit);
  };
  visit(parseMdx(source));
  return ids;
}

describe('URL keys of the widgets on a lesson', () => {
  it('two ConvArithmetic figures on one lesson get distinct keys, the first keeping the bare id', () => {
    const ids = widgetIdsInOrder(readFileSync('content/convolution-types.mdx', 'utf8'));
    const keys = instanceKeys(ids).filter((k) => k.startsWith('conv-arithmetic'));
    expect(keys).toEqual(['conv-arithmetic', 'conv-arithmetic-2']);
  });
});
