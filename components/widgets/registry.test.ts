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
