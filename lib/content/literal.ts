import type { Expression, Node, Program } from 'estree';

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

export type LiteralResult =
  | { ok: true; value: LiteralValue }
  /** `node` is the first part that is not a literal, for its position. */
  | { ok: false; node: Node };

const fail = (node: Node): LiteralResult => ({ ok: false, node });

/**
 * Evaluates a JSX attribute expression (`{...}`, already parsed to estree by
 * the MDX parser) when it is a plain literal: a string, number, boolean, null,
 * a negative number, a template string without `${}`, or an array / object
 * built only from those. Anything else (a variable, a call, arithmetic) is not
 * evaluated — nothing here runs the author's code.
 */
export function evaluateLiteral(node: Node): LiteralResult {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) return fail(node);
      return { ok: true, value: node.value as string | number | boolean | null };
    case 'TemplateLiteral':
      if (node.expressions.length > 0) return fail(node.expressions[0]);
      return { ok: true, value: node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('') };
    case 'UnaryExpression': {
      if (node.operator !== '-' && node.operator !== '+') return fail(node);
      const inner = evaluateLiteral(node.argument);
      if (!inner.ok) return inner;
      if (typeof inner.value !== 'number') return fail(node);
      return { ok: true, value: node.operator === '-' ? -inner.value : inner.value };
    }
    case 'ArrayExpression': {
      const values: LiteralValue[] = [];
      for (const element of node.elements) {
        if (element === null || element.type === 'SpreadElement') return fail(element ?? node);
        const item = evaluateLiteral(element);
        if (!item.ok) return item;
        values.push(item.value);
      }
      return { ok: true, value: values };
    }
    case 'ObjectExpression': {
      const value: { [key: string]: LiteralValue } = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.kind !== 'init' || property.method || property.shorthand) return fail(property);
        if (property.computed) return fail(property.key);
        const key = property.key;
        const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
        if (name === undefined) return fail(key);
        const item = evaluateLiteral(property.value);
        if (!item.ok) return item;
        value[name] = item.value;
      }
      return { ok: true, value };
    }
    default:
      return fail(node);
  }
}

/**
 * The single expression of an MDX `{...}` program, or null when the braces
 * hold only a comment (`{/* note *\/}`); undefined for anything that is not one
 * expression.
 */
export function programExpression(program: Program): Expression | null | undefined {
  if (program.body.length === 0) return null;
  const [statement] = program.body;
  if (program.body.length !== 1 || statement.type !== 'ExpressionStatement') return undefined;
  return statement.expression;
}
