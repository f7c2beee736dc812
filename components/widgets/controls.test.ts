import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { widgetSpecs } from './specs';
import { widgetViews } from './views';

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
  isInt?: boolean;
};

/** The schema under .default() / .optional() wrappers. */
function unwrap(field: Field): Field {
  return field.def.innerType ? unwrap(field.def.innerType) : field;
}

/** Values worth rendering a prop with: every option of an enum or literal union, both ends of a bounded number. */
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

/** Every `<select>` in `html`: its id and whether one option is selected. */
function selects(html: string) {
  return [...html.matchAll(/<select([^>]*)>(.*?)<\/select>/gs)].map((m) => ({
    id: /id="([^"]*)"/.exec(m[1])?.[1],
    selected: (m[2].match(/<option[^>]*selected=""/g) ?? []).length,
  }));
}

/** Every range input in `html` with its min, max and value. */
function ranges(html: string) {
  return [...html.matchAll(/<input([^>]*type="range"[^>]*)\/?>/g)].map((m) => {
    const attr = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(m[1])?.[1]);
    return {
      id: /id="([^"]*)"/.exec(m[1])?.[1],
      min: attr('min'),
      max: attr('max'),
      value: attr('value'),
    };
  });
}

describe('every control shows the state value', () => {
  for (const spec of widgetSpecs) {
    it(`${spec.name}: each select has its value among its options and each slider's range holds its value, at every enum value and range end of its props`, async () => {
      const View = (await widgetViews[spec.name]()).default as ComponentType<
        Record<string, unknown>
      >;
      const variants: Record<string, unknown>[] = [{}];
      for (const [name, field] of Object.entries(spec.props.shape)) {
        for (const value of edgeValues(field as Field)) {
          if (spec.props.safeParse({ [name]: value }).success) variants.push({ [name]: value });
        }
      }
      for (const props of variants) {
        const html = renderToString(createElement(View, props));
        for (const select of selects(html))
          expect(select.selected, `${spec.name} ${JSON.stringify(props)} select ${select.id}`).toBe(
            1,
          );
        for (const range of ranges(html)) {
          expect(
            range.value,
            `${spec.name} ${JSON.stringify(props)} slider ${range.id}`,
          ).toBeGreaterThanOrEqual(range.min - 1e-9);
          expect(
            range.value,
            `${spec.name} ${JSON.stringify(props)} slider ${range.id}`,
          ).toBeLessThanOrEqual(range.max + 1e-9);
        }
      }
    });
  }
});
