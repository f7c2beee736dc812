import type { z } from 'zod';
import { didYouMean } from './closestNames';
import { describeField } from './propsTable';

type Issue = z.core.$ZodIssue;

/** A value as the author wrote it, shortened: `"rmsprop"`, `50`, `[1,-1]`. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `sources[0].url` from a zod issue path. */
export function pathLabel(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };

/** The schema a path leads to inside `schema` (through optional / default wrappers, arrays and objects). */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  let rest = [...path];
  while (current) {
    const def = current._zod.def as unknown as Def;
    if (def.innerType) current = def.innerType;
    else if (rest.length === 0) return current;
    else if (def.type === 'array' && typeof rest[0] === 'number') [current, rest] = [def.element, rest.slice(1)];
    else if (def.type === 'object' && def.shape) [current, rest] = [def.shape[String(rest[0])], rest.slice(1)];
    else return undefined;
  }
  return undefined;
}

/**
 * One sentence for a zod issue inside `schema`: what the value is, what is
 * wrong with it, and what the field accepts (`describeField(...).expected`,
 * the authoring guide's "allowed" text, or the schema's own custom message).
 * `got` is the value at the issue's path.
 */
export function issueMessage(issue: Issue, schema: z.ZodType, got: unknown): string {
  const label = pathLabel(issue.path);
  const field = schemaAt(schema, issue.path);
  const custom = !issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ');
  const must = custom ? `${label} ${issue.message}` : `${label} must be ${field ? describeField(field).expected : 'valid'}`;
  switch (issue.code) {
    case 'invalid_type':
      return got === undefined ? `${label} is missing; ${must}` : `${label} is ${kindOf(got)} (${showValue(got)}); ${must}`;
    case 'too_small':
    case 'too_big':
      if (got === '') return `${label} is empty; ${must}`;
      if (Array.isArray(got)) return `${label} has ${got.length} item${got.length === 1 ? '' : 's'}; ${must}`;
      return `${label} = ${showValue(got)} is out of range; ${must}`;
    case 'invalid_value':
    case 'invalid_union': {
      const hint = typeof got === 'string' && issue.code === 'invalid_value' ? didYouMean(got, issue.values.map(String)) : '';
      return `${label} = ${showValue(got)} is not allowed${hint}; ${must}`;
    }
    default:
      return `${label} = ${showValue(got)} is not valid; ${must}`;
  }
}

/** The value at a zod issue path inside the parsed input. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
