import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { evaluateLiteral, programExpression } from './literal';
import { parseMdx } from './parseMdx';

/** Parses `<X value={...} />` as MDX does and evaluates the attribute's estree. */
function evaluate(code: string) {
  const element = parseMdx(`<X value={${code}} />\n`).children[0] as MdxJsxFlowElement;
  const attribute = element.attributes[0];
  if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object' || !attribute.value?.data?.estree) throw new Error('no expression');
  const expression = programExpression(attribute.value.data.estree);
  if (!expression) throw new Error('empty expression');
  return evaluateLiteral(expression);
}

describe('evaluateLiteral', () => {
  it('gives the same value as JSON for literals, lists and objects', () => {
    const json = '[1, -2.5, 1e-3, "s", true, false, null, {"k": "v", "q": [0, {"r": -1}]}]';
    expect(evaluate(json)).toEqual({ ok: true, value: JSON.parse(json) });
  });

  it('accepts unquoted and single-quoted keys, single quotes and plain template strings', () => {
    expect(evaluate("{ rate: 0.1, 'name': 'adam', label: `plain` }")).toEqual({ ok: true, value: { rate: 0.1, name: 'adam', label: 'plain' } });
  });

  it.each(['rate', 'rate * 2', '1 + 1', 'f()', '[...rates]', '{ rate }', '{ [key]: 1 }', '`${x}`', '/re/', '10n', '-"1"', '!true', 'Infinity', 'undefined'])(
    'refuses %s without running it',
    (code) => {
      expect(evaluate(code).ok).toBe(false);
    },
  );

  it('points at the part that is not a literal', () => {
    const result = evaluate('[0.1, rate]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.node).toMatchObject({ type: 'Identifier', name: 'rate' });
  });
});
