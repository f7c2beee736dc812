import type { z } from 'zod';

/**
 * A widget's shareable settings in the page's query string, namespaced by the
 * widget's key: `?linear-fit.learningRate=0.1&linear-fit.seed=3`. Values are
 * read field by field; anything missing or malformed falls back to the default.
 * A URL is anyone's to write, so a field given twice (which one was meant?), a
 * value longer than any setting needs, or a number not written in decimal is
 * malformed too; nothing in a query string can make the parser throw.
 */
export function parseUrlState<S extends z.ZodObject>(
  search: string,
  key: string,
  schema: S,
  defaults: z.infer<S>,
  fields: readonly (keyof z.infer<S> & string)[],
): z.infer<S> {
  const params = new URLSearchParams(search);
  const out: Record<string, unknown> = { ...defaults };
  for (const field of fields) {
    const given = params.getAll(`${key}.${field}`);
    if (given.length !== 1 || given[0].length > MAX_VALUE_LENGTH) continue;
    const raw = given[0];
    const fieldSchema = schema.shape[field] as z.ZodType | undefined;
    if (!fieldSchema) continue;
    for (const candidate of decode(raw)) {
      const parsed = fieldSchema.safeParse(candidate);
      if (parsed.success) {
        out[field] = parsed.data;
        break;
      }
    }
  }
  return out as z.infer<S>;
}

/** The query string with this widget's non-default fields written and the rest of the page's kept. */
export function serializeUrlState<T extends Record<string, unknown>>(
  search: string,
  key: string,
  values: T,
  defaults: T,
  fields: readonly (keyof T & string)[],
): string {
  const params = new URLSearchParams(search);
  for (const field of fields) {
    const name = `${key}.${field}`;
    if (JSON.stringify(values[field]) === JSON.stringify(defaults[field])) params.delete(name);
    else params.set(name, encode(values[field]));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Longer than any setting's text (a list of a dozen rates is under 100 characters). */
const MAX_VALUE_LENGTH = 200;

/** A number as `String(number)` writes it, or as a person types one: no hex, no spaces, no Infinity. */
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function decimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : NaN;
}

function encode(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Candidate typed readings of a raw parameter, most specific first. */
function decode(raw: string): unknown[] {
  const candidates: unknown[] = [];
  const num = decimal(raw);
  if (Number.isFinite(num)) candidates.push(num);
  if (raw === 'true' || raw === 'false') candidates.push(raw === 'true');
  if (raw.includes(',')) {
    const parts = raw.split(',');
    const nums = parts.map(decimal);
    candidates.push(nums.every(Number.isFinite) ? nums : parts);
  } else if (raw !== '') {
    candidates.push(Number.isFinite(num) ? [num] : [raw]);
  }
  candidates.push(raw);
  return candidates;
}
