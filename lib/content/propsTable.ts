import { z } from 'zod';

/** One row of a component's props table in the authoring guide. */
export interface PropRow {
  name: string;
  /** Short type with its constraints: `number (0 < x ≤ 10)`, `'sgd' | 'adam'`, `integer 1–256`. */
  type: string;
  required: boolean;
  /** The default as it would be written in MDX: `0.05`, `'sgd'`, `false`. */
  default?: string;
  /** What values are accepted, when narrower than the bare type: `a number with 0 < x ≤ 10`. */
  allowed?: string;
  description: string;
}

/** What a field accepts, as the guide shows it and the content checker says it. */
export interface FieldDescription {
  type: string;
  allowed?: string;
  /** `allowed`, or the bare type with an article when nothing narrows it ("a boolean"). */
  expected: string;
}

type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** Writes a value the way an author writes it in MDX or YAML: strings in single quotes. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  return JSON.stringify(value) ?? String(value);
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

function numberRange(s: JsonSchema, integer: boolean): string | undefined {
  let lo = s.exclusiveMinimum ?? s.minimum;
  let hi = s.exclusiveMaximum ?? s.maximum;
  let loOpen = s.exclusiveMinimum !== undefined;
  let hiOpen = s.exclusiveMaximum !== undefined;
  if (lo !== undefined && lo <= Number.MIN_SAFE_INTEGER) lo = undefined;
  if (hi !== undefined && hi >= Number.MAX_SAFE_INTEGER) hi = undefined;
  if (integer) {
    // An integer bound is clearer inclusive: "x > 0" is "x ≥ 1".
    if (lo !== undefined && loOpen) [lo, loOpen] = [Math.floor(lo) + 1, false];
    if (hi !== undefined && hiOpen) [hi, hiOpen] = [Math.ceil(hi) - 1, false];
    if (lo !== undefined && hi !== undefined) return `${lo}–${hi}`;
  }
  const lt = (open: boolean) => (open ? '<' : '≤');
  const gt = (open: boolean) => (open ? '>' : '≥');
  if (lo !== undefined && hi !== undefined) return `${lo} ${lt(loOpen)} x ${lt(hiOpen)} ${hi}`;
  if (lo !== undefined) return `x ${gt(loOpen)} ${lo}`;
  if (hi !== undefined) return `x ${lt(hiOpen)} ${hi}`;
  return undefined;
}

function describeJson(s: JsonSchema): FieldDescription {
  const choices = s.enum ?? (s.anyOf?.every((a) => 'const' in a) ? s.anyOf.map((a) => a.const) : undefined);
  if (choices) {
    const written = choices.map(formatValue);
    return { type: written.join(' | '), allowed: `one of ${written.join(', ')}`, expected: `one of ${written.join(', ')}` };
  }
  if ('const' in s) return { type: formatValue(s.const), allowed: `exactly ${formatValue(s.const)}`, expected: `exactly ${formatValue(s.const)}` };
  if (s.anyOf) {
    const parts = s.anyOf.map(describeJson);
    return { type: parts.map((p) => p.type).join(' | '), expected: parts.map((p) => p.expected).join(' or ') };
  }
  switch (s.type) {
    case 'number':
    case 'integer': {
      const integer = s.type === 'integer';
      const range = numberRange(s, integer);
      const noun = integer ? 'an integer' : 'a number';
      if (!range) return { type: s.type, expected: noun };
      const spelled = integer && range.includes('–') ? `from ${range.replace('–', ' to ')}` : integer ? range.replace('x ', '') : `with ${range}`;
      const allowed = `${noun} ${spelled}`;
      return { type: integer ? `integer ${range.replace('x ', '')}` : `number (${range})`, allowed, expected: allowed };
    }
    case 'string': {
      const allowed = s.format === 'uri' ? 'a URL' : s.pattern ? `a string matching /${s.pattern}/` : s.minLength ? 'a non-empty string' : undefined;
      return { type: 'string', allowed, expected: allowed ?? 'a string' };
    }
    case 'array': {
      const item = describeJson(s.items ?? {});
      const type = /^[\w']+$/.test(item.type) ? `${item.type}[]` : `(${item.type})[]`;
      const count =
        s.minItems !== undefined && s.maxItems !== undefined
          ? `${s.minItems}–${s.maxItems} items`
          : s.minItems
            ? `at least ${s.minItems} item${s.minItems > 1 ? 's' : ''}`
            : s.maxItems !== undefined
              ? `at most ${s.maxItems} items`
              : undefined;
      const each = item.allowed ? `each ${item.allowed}` : undefined;
      const narrowing = [count, each].filter(Boolean).join(', ');
      const allowed = narrowing ? `a list (${narrowing})` : undefined;
      return { type, allowed, expected: allowed ?? `a list of ${item.type} values` };
    }
    case 'boolean':
      return { type: 'boolean', expected: 'true or false' };
    case 'object':
      return { type: 'object', expected: 'an object' };
    default:
      return { type: s.type ?? 'any', expected: s.type ? article(s.type) : 'any value' };
  }
}

/** Describes one zod field (optional / default wrappers included) for people. */
export function describeField(field: z.ZodType): FieldDescription {
  return describeJson(z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

/**
 * The props table of a component, read from its zod schema through zod's own
 * JSON Schema conversion (input side, so defaulted props are optional), so the
 * authoring guide cannot drift from what the checker and the widget accept.
 */
export function propsTable(schema: z.ZodObject): PropRow[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, prop]) => {
    const { type, allowed } = describeJson(prop);
    const row: PropRow = { name, type, required: required.has(name), description: prop.description ?? '' };
    if (prop.default !== undefined) row.default = formatValue(prop.default);
    if (allowed !== undefined) row.allowed = allowed;
    return row;
  });
}
