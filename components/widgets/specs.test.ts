import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkLesson } from '@/lib/content/check';
import { parseMdx } from '@/lib/content/parseMdx';
import { instanceKeys } from '@/lib/site/instanceKey';
import { experiments } from './experiments';
import { widgetViews } from './views';
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

  it('every widget has exactly one view in the page-side list, under its own name, and it loads', async () => {
    expect(Object.keys(widgetViews).sort()).toEqual(widgetSpecs.map((s) => s.name).sort());
    for (const spec of widgetSpecs) {
      const view = await widgetViews[spec.name]();
      expect(typeof view.default, spec.name).toBe('function');
    }
  });

  it('every spec parses its own defaults', () => {
    for (const spec of componentSpecs) {
      const required = Object.entries(spec.props.shape).filter(
        ([, f]) =>
          !(f as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success,
      );
      if (required.length === 0) expect(spec.props.safeParse({}).success, spec.name).toBe(true);
    }
  });

  it("every training widget takes its experiment from the worker's list under its own name, and it loads", async () => {
    const training = widgetSpecs.filter((s) => s.experiment);
    expect(training.map((s) => s.name).sort()).toEqual(Object.keys(experiments).sort());
    for (const spec of training)
      expect(spec.experiment, spec.name).toBe(experiments[spec.name as keyof typeof experiments]);
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
      const problems = checkLesson(
        { file: `content/example-${spec.name.toLowerCase()}.mdx`, source },
        {
          lessons: new Map(),
          publicFiles: new Set(['/favicon.svg']),
          components: componentSpecByName,
        },
      );
      expect(
        problems.map((p) => p.message),
        spec.name,
      ).toEqual([]);
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

type Field = z.ZodType & {
  def: {
    type: string;
    innerType?: Field;
    entries?: Record<string, string>;
    values?: unknown[];
    options?: Field[];
  };
  minValue?: number | null;
  maxValue?: number | null;
};
const unwrap = (f: Field): Field => (f.def.innerType ? unwrap(f.def.innerType) : f);
function edgeValues(field: Field): unknown[] {
  const inner = unwrap(field);
  if (inner.def.type === 'enum') return Object.values(inner.def.entries ?? {});
  if (inner.def.type === 'literal') return inner.def.values ?? [];
  if (inner.def.type === 'union') return (inner.def.options ?? []).flatMap(edgeValues);
  if (inner.def.type === 'number')
    return [inner.minValue, inner.maxValue].filter(
      (v) => v !== null && v !== undefined && Number.isFinite(v),
    );
  return [];
}

/** The object schema a training widget's experiment is configured by. */
async function experimentShape(spec: (typeof widgetSpecs)[number]): Promise<z.ZodObject> {
  const { config } = await spec.experiment!();
  if (!(config instanceof z.ZodObject)) throw new Error(`${spec.name}: config is not an object`);
  return config;
}

/**
 * A bound of a setting as the props schema allows it: the bound itself, or just inside it
 * where it is exclusive (a positive learning rate, a test fraction below 1).
 */
function allowedNear(props: z.ZodObject, name: string, value: unknown): unknown {
  const ok = (v: unknown) => props.safeParse({ [name]: v }).success;
  if (ok(value)) return value;
  if (typeof value !== 'number') return undefined;
  const field = unwrap(props.shape[name] as Field);
  const inward = value === field.minValue ? 1e-6 : -1e-6;
  return ok(value + inward) ? value + inward : undefined;
}

/** What the reader supplies on the page beyond the props: CsvCrossValidation's loaded table. */
const PAGE_INPUT: Record<string, object> = {
  CsvCrossValidation: {
    x: Array.from({ length: 12 }, (_, i) => i),
    y: Array.from({ length: 12 }, (_, i) => 2 * i + 1),
    d: 1,
    task: 'regression',
    classes: 0,
  },
};

describe("a training widget's props and its experiment's config", () => {
  it("every value a training widget's props allow, at both ends of each setting alone and of all together, gives a config its experiment accepts", async () => {
    for (const spec of widgetSpecs.filter((s) => s.experiment)) {
      expect(spec.config, `${spec.name} says which config its props give`).toBeTypeOf('function');
      const schema = (await spec.experiment!()).config;
      const ends = Object.entries(spec.props.shape).map(
        ([name, field]) =>
          [
            name,
            edgeValues(field as Field)
              .map((v) => allowedNear(spec.props, name, v))
              .filter((v) => v !== undefined),
          ] as const,
      );
      const bounded = ends.filter(([, values]) => values.length > 0);
      const variants: Record<string, unknown>[] = [
        {},
        ...ends.flatMap(([name, values]) => values.map((v) => ({ [name]: v }))),
        Object.fromEntries(bounded.map(([name, values]) => [name, values[0]])),
        Object.fromEntries(bounded.map(([name, values]) => [name, values.at(-1)])),
      ];
      for (const raw of variants) {
        const props = spec.props.safeParse(raw);
        expect(props.success, `${spec.name} ${JSON.stringify(raw)}`).toBe(true);
        const config = spec.config!(props.data!);
        expect(config, `${spec.name} ${JSON.stringify(raw)}`).not.toBeNull();
        const parsed = schema.safeParse({ ...PAGE_INPUT[spec.name], ...(config as object) });
        expect(
          parsed.success,
          `${spec.name} ${JSON.stringify(raw)}: ${parsed.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        ).toBe(true);
      }
    }
  });

  it('where the config is the props schema, the shared settings are declared once: the same schema objects', async () => {
    for (const name of ['LinearFit', 'BatchNormRace', 'LandscapeProbe', 'ContainersCompared']) {
      const spec = widgetSpecs.find((s) => s.name === name)!;
      const config = await experimentShape(spec);
      for (const key of Object.keys(config.shape))
        expect(spec.props.shape[key], `${name}.${key}`).toBe(config.shape[key]);
      expect(
        Object.keys(spec.props.shape).filter((k) => !(k in config.shape)),
        name,
      ).toEqual(['seed']);
    }
  });
});
